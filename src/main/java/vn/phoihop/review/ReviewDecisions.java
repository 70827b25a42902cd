package vn.phoihop.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.activity.MonthFigures;
import vn.phoihop.activity.MonthLock;
import vn.phoihop.audit.AuditService;
import vn.phoihop.document.DocumentRegister;
import vn.phoihop.document.DocumentType;
import vn.phoihop.document.PartyDocument;
import vn.phoihop.review.ReviewForms.ConcludeForm;
import vn.phoihop.review.ReviewForms.ReopenForm;
import vn.phoihop.review.ReviewForms.ReturnForm;
import vn.phoihop.review.ReviewForms.SubmissionForm;
import vn.phoihop.shared.db.FormTokens;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Commune;

/**
 * The month's decisions (docs/design.md §5): the commander returns a commune's report, concludes (figures frozen,
 * the month's activities locked) and reopens with a reason; a commune's official saves and sends the commune's
 * report. (Conclusions, targets and tasks: {@link ReviewPlan}.) The states are guarded by the aggregates themselves
 * ({@link MonthlyReview}, {@link CommuneSubmission}); this class checks who may, and records each step.
 */
@Service
@Transactional
class ReviewDecisions {

	static final String CONCLUDE = "CONCLUDE";

	static final String REOPEN = "REOPEN";

	static final String RETURN = "RETURN";

	static final String SUBMIT = "SUBMIT";

	/** The length of the audit log's reason column (V004). */
	static final int AUDIT_REASON = 500;

	private final MonthlyReviewRepository reviews;

	private final CommuneSubmissionRepository submissions;

	private final ReviewAccess access;

	private final FrozenFigures frozen;

	private final MonthFigures figures;

	private final MonthLock lock;

	private final AuditService audit;

	private final ConclusionSigners signers;

	private final DocumentRegister register;

	private final ReviewMonthPage pages;

	private final ReviewPdf pdf;

	private final FrozenSituation situation;

	private final ApplicationEventPublisher events;

	private final FormTokens tokens;

	ReviewDecisions(MonthlyReviewRepository reviews, CommuneSubmissionRepository submissions, ReviewAccess access,
			FrozenFigures frozen, MonthFigures figures, MonthLock lock, AuditService audit, ConclusionSigners signers,
			DocumentRegister register, ReviewMonthPage pages, ReviewPdf pdf, FrozenSituation situation,
			ApplicationEventPublisher events, FormTokens tokens) {
		this.situation = situation;
		this.tokens = tokens;
		this.reviews = reviews;
		this.submissions = submissions;
		this.access = access;
		this.frozen = frozen;
		this.figures = figures;
		this.lock = lock;
		this.audit = audit;
		this.signers = signers;
		this.register = register;
		this.pages = pages;
		this.pdf = pdf;
		this.events = events;
	}

	/** Refuses (403) anyone but the post's commander, before a decision form is even validated. */
	@Transactional(readOnly = true)
	void requireCommander(CurrentUser user, String postCode, YearMonth month) {
		access.requireCommander(user, access.readablePost(user, postCode, month));
	}

	CommuneSubmission returnSubmission(CurrentUser user, String postCode, YearMonth month, Long communeId,
			ReturnForm form) {
		BorderPost post = access.readablePost(user, postCode, month);
		access.requireCommander(user, post);
		MonthlyReview r = reviews.findByPostIdAndMonth(post.getId(), month.atDay(1)).orElseThrow(NotFoundException::new);
		CommuneSubmission s = submissions.findByReviewIdAndCommuneId(r.getId(), communeId)
			.orElseThrow(NotFoundException::new);
		s.checkVersion(form.version);
		Map<String, Object> before = s.auditSnapshot();
		s.returnWith(form.comment);
		s = submissions.saveAndFlush(s);
		audit.record(RETURN, s, auditReason(form.comment), before, s.auditSnapshot());
		events.publishEvent(new ReviewEvents.ReportReturned(s.getId(), post.getId(), post.getCode(), month, communeId,
				s.getReturnComment(), s.getVersion()));
		return s;
	}

	/**
	 * Concludes: freezes the month's figures and situation (a new edition) and locks the month's activities of its communes. The
	 * communes whose report is not in are those of this moment, not of the confirmation page the commander saw (a
	 * report returned meanwhile in another tab then needs the reason too); they and the reason are kept with the
	 * edition and in the audit entry. The signer must be one of the post's users who sign ({@link ConclusionSigners}).
	 */
	MonthlyReview conclude(CurrentUser user, String postCode, YearMonth month, ConcludeForm form) {
		BorderPost post = access.readablePost(user, postCode, month);
		MonthlyReview r = commanderReview(user, post, month);
		r.checkVersion(form.version);
		if (form.concludedOn == null) {
			throw new BusinessRuleException("concludedOn", "review.concludedOn.required");
		}
		Map<String, Object> before = r.auditSnapshot();
		// the number is the register's, for the year of the date printed; a refusal below gives it back (rollback)
		DocumentRegister.Taken number = register.take(post.getId(), DocumentType.KET_LUAN,
				form.concludedOn.getYear());
		r.conclude(number.text(), form.concludedOn, user.username(), LocalDate.now(), unreported(post, r),
				form.reason, signers.resolve(post, user, form.signer));
		r = reviews.saveAndFlush(r);
		Set<Long> ids = access.withPredecessors(access.monthCommunes(post));
		long edition = frozen.freeze(r, user.username(), figures.live(ids, month));
		situation.freeze(edition, post.getId(), access.monthCommunes(post), month);
		lock.lock(post.getId(), ids, month);
		issue(user, postCode, month, r, number);
		audit.record(CONCLUDE, r, auditReason(r.getUnreportedReason()), before, r.auditSnapshot());
		events.publishEvent(new ReviewEvents.MonthConcluded(r.getId(), post.getId(), post.getCode(), month,
				r.getEdition(), r.getConclusionNumber(), r.getConcludedOn(),
				access.monthCommunes(post).stream().map(Commune::getId).toList()));
		return r;
	}

	/**
	 * Issues the conclusion through the register, in the conclusion's transaction: the document printed from the
	 * frozen month with the register's number; an earlier edition's document of the month is marked replaced.
	 */
	private void issue(CurrentUser user, String postCode, YearMonth month, MonthlyReview r,
			DocumentRegister.Taken number) {
		ReviewMonthPage.MonthView view = pages.concluded(user, postCode, month);
		PartyDocument document = pdf.document(view);
		ConclusionSigners.Printed printed = signers.printed(view.lastEdition());
		register.issue(number, new DocumentRegister.Issue(source(r), r.getConcludedOn(), document.subject(),
				printed.name(), printed.function() == null ? null : printed.function().name(), user.username()),
				pdf.render(document));
	}

	/** What the register calls a month's conclusion: its review. */
	static String source(MonthlyReview r) {
		return "review:" + r.getId();
	}

	/** The ids of the month's communes whose report is not in ({@link CommuneSubmission#isIn}). */
	private List<Long> unreported(BorderPost post, MonthlyReview r) {
		Map<Long, CommuneSubmission> stored = submissions.findByReviewIdOrderByCommuneId(r.getId()).stream()
			.collect(Collectors.toMap(CommuneSubmission::getCommuneId, s -> s));
		return access.monthCommunes(post).stream().map(Commune::getId)
			.filter(id -> !CommuneSubmission.isIn(stored.get(id))).toList();
	}

	/** Reopens with a reason: the month's activities can be corrected; the earlier edition stays in the history. */
	MonthlyReview reopen(CurrentUser user, String postCode, YearMonth month, ReopenForm form) {
		BorderPost post = access.readablePost(user, postCode, month);
		access.requireCommander(user, post);
		MonthlyReview r = reviews.findByPostIdAndMonth(post.getId(), month.atDay(1)).orElseThrow(NotFoundException::new);
		r.checkVersion(form.version);
		Map<String, Object> before = r.auditSnapshot();
		r.reopen(form.reason);
		r = reviews.saveAndFlush(r);
		frozen.markReopened(r.getId(), r.getEdition(), user.username(), r.getReopenReason());
		lock.unlock(post.getId(), access.withPredecessors(access.monthCommunes(post)), month);
		audit.record(REOPEN, r, auditReason(r.getReopenReason()), before, r.auditSnapshot());
		return r;
	}

	/**
	 * The commune official saves (draft) or sends the commune's report of the month. The same form sent again (its
	 * token used: a resend after a lost answer, the outbox sending what it kept) is {@link AlreadySent}.
	 */
	CommuneSubmission submit(CurrentUser user, String postCode, YearMonth month, Long communeId, SubmissionForm form,
			boolean submit) {
		BorderPost post = access.readablePost(user, postCode, month);
		if (!user.is(Role.COMMUNE_OFFICIAL)) {
			throw new AccessDeniedException("submission");
		}
		if (!communeId.equals(user.communeId())
				|| access.monthCommunes(post).stream().noneMatch(c -> c.getId().equals(communeId))) {
			throw new NotFoundException();
		}
		if (FormTokens.given(form.token) && !tokens.use(form.token, user.username(), null)) {
			throw new AlreadySent();
		}
		MonthlyReview r = storedReview(user, post, month);
		CommuneSubmission s = submissions.findByReviewIdAndCommuneId(r.getId(), communeId)
			.orElseGet(() -> new CommuneSubmission(r, communeId));
		s.checkVersion(form.version);
		Map<String, Object> before = s.isNew() ? null : s.auditSnapshot();
		boolean again = s.getStatus() == SubmissionStatus.RETURNED;
		s.save(form.narrative, submit, user.username());
		s = submissions.saveAndFlush(s);
		audit.record(submit ? SUBMIT : (before == null ? AuditService.CREATE : AuditService.UPDATE), s, null, before,
				s.auditSnapshot());
		if (submit && again) {
			events.publishEvent(new ReviewEvents.ReportSentAgain(s.getId(), post.getId(), post.getCode(), month,
					communeId, s.getVersion()));
		}
		return s;
	}

	/**
	 * A reason or comment as the audit log's reason column holds it (500 characters): the forms take up to 2,000
	 * and a longer text failed the whole decision in the database; the whole text is in the entry's "after" state.
	 */
	static String auditReason(String text) {
		if (text == null || text.codePointCount(0, text.length()) <= AUDIT_REASON) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, AUDIT_REASON - 1)) + "…";
	}

	/** The stored review, or a new one, after checking the user is the post's commander. */
	MonthlyReview commanderReview(CurrentUser user, String postCode, YearMonth month) {
		return commanderReview(user, access.readablePost(user, postCode, month), month);
	}

	private MonthlyReview commanderReview(CurrentUser user, BorderPost post, YearMonth month) {
		access.requireCommander(user, post);
		// a new review is stored first, so the first change bumps its version and a second form opened on the
		// empty month (version 0) is refused as stale instead of overwriting it
		return storedReview(user, post, month);
	}

	/**
	 * The post's review of the month, stored first when there is none. At the month's end the communes of a post
	 * send their reports at the same moment, and each request that found no review stored one: the second failed on
	 * the key (a 500 in the month-end benchmark). The row is inserted unless it exists, waiting for an insert under
	 * way, then read: every request gets the one review.
	 */
	private MonthlyReview storedReview(CurrentUser user, BorderPost post, YearMonth month) {
		return reviews.findByPostIdAndMonth(post.getId(), month.atDay(1)).orElseGet(() -> {
			reviews.insertIfAbsent(post.getId(), month.atDay(1), user.username());
			return reviews.findByPostIdAndMonth(post.getId(), month.atDay(1)).orElseThrow();
		});
	}

}
