package vn.phoihop.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.activity.ActivityService;
import vn.phoihop.agreement.Agreement;
import vn.phoihop.agreement.AgreementService;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;
import vn.phoihop.audit.AuditService;
import vn.phoihop.household.Cadre;
import vn.phoihop.household.HouseholdService;
import vn.phoihop.review.ReviewForms.ConcludeForm;
import vn.phoihop.review.ReviewForms.ConclusionsForm;
import vn.phoihop.review.ReviewForms.ReopenForm;
import vn.phoihop.review.ReviewForms.ReturnForm;
import vn.phoihop.review.ReviewForms.SubmissionForm;
import vn.phoihop.review.ReviewForms.TargetForm;
import vn.phoihop.review.ReviewForms.TaskDoneForm;
import vn.phoihop.review.ReviewForms.TaskForm;
import vn.phoihop.shared.db.GenericPlans;
import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.PostCoverage;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

/**
 * The review module's API (DESIGN.md §5). Reads: COMMANDER and POST_CADRE their post, COMMUNE_OFFICIAL the posts
 * covering their commune (and only their commune's submission and figures), VIEWER the posts of their province,
 * ADMIN all; a post or month outside that is a 404. Writes: the post's COMMANDER concludes, returns, reopens and
 * sets conclusions, targets and tasks (anyone else: 403); the commune's official submits; a cadre closes own tasks.
 *
 * <p>The month's communes are the communes the post covers today (after the 2025 reform), each with the communes
 * merged into it: a record of Trọng Hóa counts for Dân Hóa.
 *
 * <p>Tasks of a POST_CADRE: the household module links a cadre to a user account ({@code cadre.user_id}), so a
 * cadre's tasks are those assigned to any cadre row linked to the signed-in user; the user id copied on the task at
 * assignment is kept only as a record of who was meant.
 */
@Service
@Transactional
public class ReviewService {

	static final String CONCLUDE = "CONCLUDE";

	static final String REOPEN = "REOPEN";

	static final String RETURN = "RETURN";

	static final String SUBMIT = "SUBMIT";

	/** Tasks due within this many days are "due" on the dashboard. */
	static final int DUE_SOON_DAYS = 7;

	private final MonthlyReviewRepository reviews;

	private final CommuneSubmissionRepository submissions;

	private final TaskRepository tasks;

	private final ReviewFigures figures;

	private final TerritoryService territory;

	private final ScopeService scopes;

	private final ActivityService activities;

	private final AgreementService agreements;

	private final HouseholdService households;

	private final AuditService audit;

	private final JdbcTemplate jdbc;

	ReviewService(MonthlyReviewRepository reviews, CommuneSubmissionRepository submissions, TaskRepository tasks,
			ReviewFigures figures, TerritoryService territory, ScopeService scopes, ActivityService activities,
			AgreementService agreements, HouseholdService households, AuditService audit, JdbcTemplate jdbc) {
		this.reviews = reviews;
		this.submissions = submissions;
		this.tasks = tasks;
		this.figures = figures;
		this.territory = territory;
		this.scopes = scopes;
		this.activities = activities;
		this.agreements = agreements;
		this.households = households;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	// ---- views

	/** A month of a post in the list: the stored review, or null when nothing was written yet. */
	/** The reviews list: the posts the user sees (for the "open a month" form) and their months. */
	public record Months(List<BorderPost> posts, List<MonthRow> rows) {
	}

	public record MonthRow(BorderPost post, YearMonth month, MonthlyReview review, long submitted, int communes) {

		public ReviewStatus status() {
			return review == null ? ReviewStatus.OPEN : review.getStatus();
		}

	}

	/** A commune's submission as listed on the month page (null submission: nothing yet). */
	public record SubmissionRow(Commune commune, CommuneSubmission submission) {

		public SubmissionStatus status() {
			return submission == null ? null : submission.getStatus();
		}

	}

	/** An agreement's target pro-rated to one month, against the month's figure. */
	public record AgreementTargetRow(Long communeId, String agreement, Target target, BigDecimal monthly, long actual,
			boolean measured) {

		public BigDecimal gap() {
			return measured ? BigDecimal.valueOf(actual).subtract(monthly) : null;
		}

	}

	/** A target set last month, against this month's figure for the post. */
	public record LastTargetRow(ReviewTarget target, long actual, boolean measured) {

		public BigDecimal gap() {
			return measured ? BigDecimal.valueOf(actual).subtract(target.getTargetValue()) : null;
		}

	}

	/** Everything the month page shows; {@code review} is unsaved (status OPEN) until someone writes. */
	public record MonthView(BorderPost post, YearMonth month, MonthlyReview review, List<Commune> communes,
			Map<Long, String> communeNames, List<Figure> figures, Figure total, boolean frozen,
			List<AgreementTargetRow> agreementTargets, List<LastTargetRow> lastTargets, List<Task> lastTasks,
			List<Task> tasks, List<SubmissionRow> submissions, List<Edition> editions, boolean commander,
			Long ownCommuneId, boolean showTasks, Map<Long, String> cadreNames, Map<Long, String> villageNames,
			String suggestedNumber) {

		public String place() {
			return ReviewService.place(post);
		}

		public List<Figure> figuresOf(Long communeId) {
			return figures.stream().filter(f -> f.communeId().equals(communeId)).toList();
		}

		public Edition lastEdition() {
			return editions.isEmpty() ? null : editions.get(editions.size() - 1);
		}

	}

	/** What waits for the user (the dashboard card). */
	public record Waiting(List<Item> submissionsToReview, List<Item> returnedSubmissions, List<Item> monthsToSubmit,
			List<Task> tasksDue) {

		public boolean isEmpty() {
			return submissionsToReview.isEmpty() && returnedSubmissions.isEmpty() && monthsToSubmit.isEmpty()
					&& tasksDue.isEmpty();
		}

	}

	/** A link target on the dashboard: a post's month, and the commune concerned. */
	public record Item(String postCode, YearMonth month, Long communeId, String communeName, String comment) {
	}

	/**
	 * The months of the posts a user sees: by default the current month and the twelve before it; with a year, that
	 * year's months. Never the whole history at once: ten years of 500 posts are 59,000 months (issue 8).
	 */
	@Transactional(readOnly = true)
	public Months list(CurrentUser user, Integer year) {
		List<BorderPost> posts = visiblePosts(user);
		List<MonthRow> rows = new ArrayList<>();
		if (posts.isEmpty()) {
			return new Months(posts, rows);
		}
		YearMonth current = YearMonth.now();
		YearMonth first = year == null ? current.minusMonths(12) : YearMonth.of(year, 1);
		YearMonth last = year == null ? current : YearMonth.of(year, 12);
		// three statements whatever the number of posts and months: coverage, reviews, submitted counts
		List<Long> postIds = posts.stream().map(BorderPost::getId).toList();
		Map<Long, Long> communeCount = territory.currentCommuneCounts(postIds, LocalDate.now());
		Map<Long, List<MonthlyReview>> byPost = reviews
			.findByPostsBetween(Ids.of(postIds), first.atDay(1), last.atDay(1))
			.stream()
			.collect(Collectors.groupingBy(MonthlyReview::getPostId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, Long> submitted = new java.util.HashMap<>();
		submissions.countByPostsAndStatus(Ids.of(postIds), first.atDay(1), last.atDay(1), SubmissionStatus.SUBMITTED)
			.forEach(row -> submitted.put((Long) row[0], (Long) row[1]));
		for (BorderPost p : posts) {
			int communes = communeCount.getOrDefault(p.getId(), 0L).intValue();
			List<MonthlyReview> stored = byPost.getOrDefault(p.getId(), List.of());
			if (!current.isAfter(last) && !current.isBefore(first)
					&& stored.stream().noneMatch(r -> r.getYearMonth().equals(current))) {
				rows.add(new MonthRow(p, current, null, 0, communes));
			}
			for (MonthlyReview r : stored) {
				rows.add(new MonthRow(p, r.getYearMonth(), r, submitted.getOrDefault(r.getId(), 0L), communes));
			}
		}
		return new Months(posts, rows);
	}

	/**
	 * The month's page. Its statements (the reviews, their conclusions and targets, the editions, the agreements,
	 * tasks, submissions and cadres) have no optional filter: PostgreSQL keeps one plan per connection for each, where
	 * every other statement is planned for its values (docs/performance.md, change 56).
	 */
	@Transactional(readOnly = true)
	public MonthView month(CurrentUser user, String postCode, YearMonth month) {
		BorderPost post = readablePost(user, postCode, month);
		GenericPlans.forThisTransaction(jdbc);
		// the month and the month before in one statement; their targets then come in one batch
		Map<YearMonth, MonthlyReview> both = reviews
			.findByPostsBetween(new Long[] { post.getId() }, month.minusMonths(1).atDay(1), month.atDay(1)).stream()
			.collect(Collectors.toMap(MonthlyReview::getYearMonth, r -> r));
		MonthlyReview review = both.containsKey(month) ? both.get(month) : new MonthlyReview(post.getId(), month);
		MonthlyReview previous = both.get(month.minusMonths(1));
		review.getConclusions().size();
		review.getTargets().size();
		List<Commune> communes = monthCommunes(post);
		Long own = user.is(Role.COMMUNE_OFFICIAL) ? user.communeId() : null;
		List<Commune> visible = own == null ? communes
				: communes.stream().filter(c -> c.getId().equals(own)).toList();
		Set<Long> visibleIds = visible.stream().map(Commune::getId).collect(Collectors.toSet());
		Map<Long, String> names = new LinkedHashMap<>();
		communes.forEach(c -> names.put(c.getId(), c.getLabel()));

		Set<Long> all = allIds(communes);
		List<Edition> editions = figures.editions(review.getId());
		boolean frozen = review.isConcluded() && !editions.isEmpty();
		List<Figure> monthFigures = frozen ? editions.get(editions.size() - 1).figures() : figures.live(all, month);
		monthFigures = monthFigures.stream().filter(f -> visibleIds.contains(f.communeId())).toList();

		// the agreements of all the communes in one statement (their communes and targets in one batch each), each
		// matched to the current commune its own communes merged into: nothing here is per commune or per agreement
		Map<Long, Long> currentOf = new java.util.HashMap<>();
		for (Commune c : territory.communesIn(new vn.phoihop.territory.Scope(false, all))) {
			Commune root = c;
			for (int depth = 0; root.getMergedInto() != null && !visibleIds.contains(root.getId()) && depth < 10; depth++) {
				root = root.getMergedInto();
			}
			currentOf.put(c.getId(), root.getId());
		}
		List<Agreement> valid = agreements.validOnWithCommunes(all, month.atEndOfMonth());
		List<AgreementTargetRow> agreementTargets = new ArrayList<>();
		for (Commune c : visible) {
			Map<ContentArea, Figure> byArea = new LinkedHashMap<>();
			monthFigures.stream().filter(f -> f.communeId().equals(c.getId())).forEach(f -> byArea.put(f.contentArea(), f));
			for (Agreement a : valid) {
				if (a.getCommuneIds().stream().noneMatch(id -> c.getId().equals(currentOf.get(id)))) {
					continue;
				}
				for (Target t : a.getTargets()) {
					Figure f = byArea.getOrDefault(t.getContentArea(), Figure.zero(c.getId(), t.getContentArea()));
					agreementTargets.add(new AgreementTargetRow(c.getId(), a.getLabel(), t, monthly(a, t),
							f.of(t.getMetric()), t.getMetric() != Target.Metric.NONE));
				}
			}
		}

		boolean showTasks = !user.is(Role.COMMUNE_OFFICIAL);
		// this month's tasks and last month's in one statement
		List<Long> taskReviews = new ArrayList<>();
		if (showTasks && !review.isNew()) {
			taskReviews.add(review.getId());
		}
		if (showTasks && previous != null) {
			taskReviews.add(previous.getId());
		}
		Map<Long, List<Task>> tasksOf = taskReviews.isEmpty() ? Map.of()
				: tasks.findByReviews(Ids.of(taskReviews)).stream()
					.collect(Collectors.groupingBy(t -> t.getReview().getId()));
		List<LastTargetRow> lastTargets = new ArrayList<>();
		List<Task> lastTasks = List.of();
		if (previous != null) {
			Map<ContentArea, Figure> byArea = new LinkedHashMap<>();
			for (ContentArea area : ContentArea.values()) {
				byArea.put(area, Figure.sum(null,
						monthFigures.stream().filter(f -> f.contentArea() == area).toList()));
			}
			for (ReviewTarget t : previous.getTargets()) {
				lastTargets.add(new LastTargetRow(t, byArea.get(t.getContentArea()).of(t.getMetric()),
						t.getMetric() != Target.Metric.NONE));
			}
			lastTasks = tasksOf.getOrDefault(previous.getId(), List.of());
		}

		List<SubmissionRow> subs = new ArrayList<>();
		Map<Long, CommuneSubmission> stored = review.isNew() ? Map.of()
				: submissions.findByReviewIdOrderByCommuneId(review.getId()).stream()
					.collect(Collectors.toMap(CommuneSubmission::getCommuneId, s -> s));
		for (Commune c : visible) {
			subs.add(new SubmissionRow(c, stored.get(c.getId())));
		}
		Map<Long, String> cadreNames = new LinkedHashMap<>();
		Map<Long, String> villageNames = new LinkedHashMap<>();
		if (showTasks) {
			households.cadres(user).forEach(c -> cadreNames.put(c.getId(), c.getLabel()));
			territory.villagesIn(new vn.phoihop.territory.Scope(false, all)) // the communes with their predecessors
				.forEach(v -> villageNames.put(v.getId(), v.getName()));
		}
		return new MonthView(post, month, review, visible, names, monthFigures, Figure.sum(null, monthFigures), frozen,
				agreementTargets, lastTargets, lastTasks,
				review.isNew() ? List.of() : tasksOf.getOrDefault(review.getId(), List.of()), subs, editions,
				isCommander(user, post), own, showTasks, cadreNames, villageNames, suggestedNumber(post, review));
	}

	/** The month's PDF view: only once concluded (otherwise 404). */
	@Transactional(readOnly = true)
	public MonthView concluded(CurrentUser user, String postCode, YearMonth month) {
		MonthView v = month(user, postCode, month);
		if (!v.frozen()) {
			throw new NotFoundException();
		}
		return v;
	}

	/** A commune's submission with the month's activities; an official sees only their own commune's. */
	public record SubmissionView(BorderPost post, YearMonth month, MonthlyReview review, Commune commune,
			CommuneSubmission submission, List<ActivityLine> activities, boolean mayEdit, boolean mayReturn) {
	}

	@Transactional(readOnly = true)
	public SubmissionView submission(CurrentUser user, String postCode, YearMonth month, Long communeId) {
		BorderPost post = readablePost(user, postCode, month);
		if (user.is(Role.COMMUNE_OFFICIAL) && !communeId.equals(user.communeId())) {
			throw new NotFoundException();
		}
		Commune commune = monthCommunes(post).stream().filter(c -> c.getId().equals(communeId)).findFirst()
			.orElseThrow(NotFoundException::new);
		MonthlyReview review = reviews.findByPostIdAndMonth(post.getId(), month.atDay(1))
			.orElseGet(() -> new MonthlyReview(post.getId(), month));
		CommuneSubmission s = review.isNew() ? null
				: submissions.findByReviewIdAndCommuneId(review.getId(), communeId).orElse(null);
		List<ActivityLine> lines = figures.activities(scopes.withPredecessors(List.of(communeId)).communeIds(), month);
		boolean mayEdit = user.is(Role.COMMUNE_OFFICIAL) && review.isOpen()
				&& (s == null || s.getStatus() != SubmissionStatus.SUBMITTED);
		boolean mayReturn = isCommander(user, post) && review.isOpen() && s != null
				&& s.getStatus() == SubmissionStatus.SUBMITTED;
		return new SubmissionView(post, month, review, commune, s, lines, mayEdit, mayReturn);
	}

	// ---- the commander's writes

	public MonthlyReview saveConclusions(CurrentUser user, String postCode, YearMonth month, ConclusionsForm form) {
		MonthlyReview r = commanderReview(user, postCode, month);
		r.checkVersion(form.version);
		Map<String, Object> before = r.auditSnapshot();
		r.writeConclusions(form.texts);
		r = reviews.saveAndFlush(r);
		audit.record(AuditService.UPDATE, r, before);
		return r;
	}

	public MonthlyReview addTarget(CurrentUser user, String postCode, YearMonth month, TargetForm form) {
		MonthlyReview r = commanderReview(user, postCode, month);
		r.checkVersion(form.version);
		Map<String, Object> before = r.auditSnapshot();
		r.addTarget(new ReviewTarget(form.contentArea, form.indicator, form.metric, form.targetValue, form.unit));
		r = reviews.saveAndFlush(r);
		audit.record(AuditService.UPDATE, r, before);
		return r;
	}

	public MonthlyReview removeTarget(CurrentUser user, String postCode, YearMonth month, int index, Integer version) {
		MonthlyReview r = commanderReview(user, postCode, month);
		r.checkVersion(version);
		Map<String, Object> before = r.auditSnapshot();
		r.removeTarget(index);
		r = reviews.saveAndFlush(r);
		audit.record(AuditService.UPDATE, r, before);
		return r;
	}

	public Task addTask(CurrentUser user, String postCode, YearMonth month, TaskForm form) {
		MonthlyReview r = commanderReview(user, postCode, month);
		r.requireOpen();
		BorderPost post = territory.post(r.getPostId()).orElseThrow(NotFoundException::new);
		Cadre cadre = households.cadres(user).stream()
			.filter(c -> c.getId().equals(form.cadreId) && post.getId().equals(c.getPostId())).findFirst()
			.orElseThrow(() -> new BusinessRuleException("cadreId", "task.cadre.notOfPost"));
		if (form.villageId != null) {
			boolean inPost = territory.villagesIn(scopes.withPredecessors(allIds(monthCommunes(post)).stream().toList()))
				.stream().map(Village::getId).anyMatch(form.villageId::equals);
			if (!inPost) {
				throw new BusinessRuleException("villageId", "task.village.notOfPost");
			}
		}
		if (form.householdId != null && households.byIds(user, List.of(form.householdId)).isEmpty()) {
			throw new BusinessRuleException("householdId", "task.household.notFound");
		}
		if (form.dueDate.isBefore(month.atDay(1))) {
			throw new BusinessRuleException("dueDate", "task.dueDate.beforeMonth");
		}
		if (r.isNew()) {
			r = reviews.saveAndFlush(r);
		}
		Task t = tasks.saveAndFlush(new Task(r, cadre.getId(), cadre.getUserId(), form.villageId, form.householdId,
				form.dueDate, form.description));
		audit.record(AuditService.CREATE, t, null);
		return t;
	}

	public CommuneSubmission returnSubmission(CurrentUser user, String postCode, YearMonth month, Long communeId,
			ReturnForm form) {
		BorderPost post = readablePost(user, postCode, month);
		requireCommander(user, post);
		MonthlyReview r = reviews.findByPostIdAndMonth(post.getId(), month.atDay(1)).orElseThrow(NotFoundException::new);
		CommuneSubmission s = submissions.findByReviewIdAndCommuneId(r.getId(), communeId)
			.orElseThrow(NotFoundException::new);
		s.checkVersion(form.version);
		Map<String, Object> before = s.auditSnapshot();
		s.returnWith(form.comment);
		s = submissions.saveAndFlush(s);
		audit.record(RETURN, s.auditType(), s.getId(), s.toString(), form.comment, before, s.auditSnapshot());
		return s;
	}

	/** Concludes: freezes the month's figures (a new edition) and locks the month's activities of its communes. */
	public MonthlyReview conclude(CurrentUser user, String postCode, YearMonth month, ConcludeForm form) {
		MonthlyReview r = commanderReview(user, postCode, month);
		r.checkVersion(form.version);
		Map<String, Object> before = r.isNew() ? null : r.auditSnapshot();
		r.conclude(form.conclusionNumber, form.concludedOn, user.username());
		r = reviews.saveAndFlush(r);
		BorderPost post = territory.post(r.getPostId()).orElseThrow(NotFoundException::new);
		Set<Long> ids = allIds(monthCommunes(post));
		figures.freeze(r.getId(), r.getEdition(), r.getConclusionNumber(), r.getConcludedOn(), user.username(),
				figures.live(ids, month));
		activities.lockMonth(ids, month);
		audit.record(CONCLUDE, r.auditType(), r.getId(), r.toString(), null, before, r.auditSnapshot());
		return r;
	}

	/** Reopens with a reason: the month's activities can be corrected; the earlier edition stays in the history. */
	public MonthlyReview reopen(CurrentUser user, String postCode, YearMonth month, ReopenForm form) {
		BorderPost post = readablePost(user, postCode, month);
		requireCommander(user, post);
		MonthlyReview r = reviews.findByPostIdAndMonth(post.getId(), month.atDay(1)).orElseThrow(NotFoundException::new);
		r.checkVersion(form.version);
		Map<String, Object> before = r.auditSnapshot();
		r.reopen(form.reason);
		r = reviews.saveAndFlush(r);
		figures.markReopened(r.getId(), r.getEdition(), user.username(), r.getReopenReason());
		activities.unlockMonth(allIds(monthCommunes(post)), month);
		audit.record(REOPEN, r.auditType(), r.getId(), r.toString(), r.getReopenReason(), before, r.auditSnapshot());
		return r;
	}

	// ---- the commune official's submission

	public CommuneSubmission submit(CurrentUser user, String postCode, YearMonth month, Long communeId,
			SubmissionForm form, boolean submit) {
		BorderPost post = readablePost(user, postCode, month);
		if (!user.is(Role.COMMUNE_OFFICIAL)) {
			throw new AccessDeniedException("submission");
		}
		if (!communeId.equals(user.communeId())
				|| monthCommunes(post).stream().noneMatch(c -> c.getId().equals(communeId))) {
			throw new NotFoundException();
		}
		MonthlyReview r = reviews.findByPostIdAndMonth(post.getId(), month.atDay(1))
			.orElseGet(() -> reviews.saveAndFlush(new MonthlyReview(post.getId(), month)));
		CommuneSubmission s = submissions.findByReviewIdAndCommuneId(r.getId(), communeId)
			.orElseGet(() -> new CommuneSubmission(r, communeId));
		s.checkVersion(form.version);
		Map<String, Object> before = s.isNew() ? null : s.auditSnapshot();
		s.save(form.narrative, submit, user.username());
		s = submissions.saveAndFlush(s);
		audit.record(submit ? SUBMIT : (before == null ? AuditService.CREATE : AuditService.UPDATE), s.auditType(),
				s.getId(), s.toString(), null, before, s.auditSnapshot());
		return s;
	}

	// ---- tasks

	/** COMMANDER: the post's tasks; POST_CADRE: the tasks of the cadre rows linked to the user. Others: 403. */
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user) {
		if (user.is(Role.COMMANDER)) {
			return tasks.findByPost(user.postId());
		}
		if (user.is(Role.POST_CADRE)) {
			List<Long> own = ownCadreIds(user);
			return own.isEmpty() ? List.of() : tasks.findByCadres(Ids.of(own));
		}
		throw new AccessDeniedException("tasks");
	}

	@Transactional(readOnly = true)
	public Map<Long, String> cadreNames(CurrentUser user) {
		Map<Long, String> m = new LinkedHashMap<>();
		households.cadres(user).forEach(c -> m.put(c.getId(), c.getLabel()));
		return m;
	}

	/** The post's code per task (for links back to the month). */
	@Transactional(readOnly = true)
	public Map<Long, String> postCodes(List<Task> list) {
		Map<Long, String> m = new LinkedHashMap<>();
		list.stream().map(t -> t.getReview().getPostId()).distinct()
			.forEach(id -> territory.post(id).ifPresent(p -> m.put(id, p.getCode())));
		return m;
	}

	public Task completeTask(CurrentUser user, Long taskId, TaskDoneForm form) {
		Task t = tasks.findById(taskId).orElseThrow(NotFoundException::new);
		boolean commander = user.is(Role.COMMANDER) && t.getReview().getPostId().equals(user.postId());
		boolean assignee = user.is(Role.POST_CADRE) && ownCadreIds(user).contains(t.getCadreId());
		if (!commander && !assignee) {
			throw new NotFoundException();
		}
		t.checkVersion(form.version);
		Map<String, Object> before = t.auditSnapshot();
		t.markDone(form.resultNote, user.username());
		t = tasks.saveAndFlush(t);
		audit.record(AuditService.UPDATE, t, before);
		return t;
	}

	// ---- the dashboard

	/**
	 * What waits for the user: submissions to review, returned submissions and months to submit, tasks due.
	 * {@code post} is the user's post when the caller has it already and {@code names} the
	 * labels of the communes in the user's scope (the dashboard lists them anyway): the dashboard then needs no extra
	 * statement for them, and nothing here grows with the number of posts or communes in the country.
	 */
	@Transactional(readOnly = true)
	public Waiting waitingFor(CurrentUser user, BorderPost post, Map<Long, String> names) {
		List<Item> toReview = new ArrayList<>();
		List<Item> returned = new ArrayList<>();
		List<Item> toSubmit = new ArrayList<>();
		List<Task> due = new ArrayList<>();
		if (user == null) {
			return new Waiting(toReview, returned, toSubmit, due);
		}
		Map<Long, String> communeNames = new java.util.HashMap<>(names);
		if (user.is(Role.COMMANDER) && user.postId() != null) {
			String code = post != null && post.getId().equals(user.postId()) ? post.getCode()
					: territory.post(user.postId()).map(BorderPost::getCode).orElse("");
			List<CommuneSubmission> submitted = submissions.findOpenByPostsAndStatus(new Long[] { user.postId() },
					SubmissionStatus.SUBMITTED);
			labelsOf(communeNames, submitted.stream().map(CommuneSubmission::getCommuneId).toList());
			for (CommuneSubmission s : submitted) {
				if (s.getReview().isOpen()) {
					toReview.add(new Item(code, s.getReview().getYearMonth(), s.getCommuneId(),
							communeNames.get(s.getCommuneId()), null));
				}
			}
		}
		if (user.is(Role.COMMUNE_OFFICIAL) && user.communeId() != null) {
			labelsOf(communeNames, List.of(user.communeId()));
			Map<Long, String> codes = new LinkedHashMap<>();
			visiblePosts(user).forEach(p -> codes.put(p.getId(), p.getCode()));
			for (CommuneSubmission s : submissions.findOpenByCommuneAndStatus(user.communeId(), SubmissionStatus.RETURNED)) {
				if (s.getReview().isOpen() && codes.containsKey(s.getReview().getPostId())) {
					returned.add(new Item(codes.get(s.getReview().getPostId()), s.getReview().getYearMonth(),
							s.getCommuneId(), communeNames.get(s.getCommuneId()), s.getReturnComment()));
				}
			}
			YearMonth current = YearMonth.now();
			List<YearMonth> months = List.of(current.minusMonths(1), current);
			// the reviews of those posts for both months and this commune's submissions to them: two statements
			Map<String, MonthlyReview> byPostMonth = new java.util.HashMap<>();
			List<MonthlyReview> found = codes.isEmpty() ? List.of()
					: reviews.findByPostsBetween(Ids.of(codes.keySet()), months.get(0).atDay(1), months.get(1).atDay(1));
			found.forEach(r -> byPostMonth.put(r.getPostId() + "/" + r.getYearMonth(), r));
			Map<Long, SubmissionStatus> statusByReview = new java.util.HashMap<>();
			List<Long> open = found.stream().filter(r -> !r.isConcluded()).map(MonthlyReview::getId).toList();
			if (!open.isEmpty()) {
				submissions.findByReviewsAndCommune(Ids.of(open), user.communeId())
					.forEach(s -> statusByReview.put(s.getReview().getId(), s.getStatus()));
			}
			codes.forEach((postId, code) -> {
				for (YearMonth m : months) {
					MonthlyReview r = byPostMonth.get(postId + "/" + m);
					if (r != null && r.isConcluded()) {
						continue;
					}
					SubmissionStatus st = r == null ? null : statusByReview.get(r.getId());
					if (st == null || st == SubmissionStatus.DRAFT) {
						toSubmit.add(new Item(code, m, user.communeId(), communeNames.get(user.communeId()), null));
					}
				}
			});
		}
		if (user.is(Role.POST_CADRE)) {
			List<Long> own = ownCadreIds(user);
			if (!own.isEmpty()) {
				due.addAll(tasks.findDue(Ids.of(own), LocalDate.now().plusDays(DUE_SOON_DAYS)));
			}
		}
		return new Waiting(toReview, returned, toSubmit, due);
	}

	// ---- scope and helpers

	/** Adds the labels of the communes not named yet, in one statement (none when all are known). */
	private void labelsOf(Map<Long, String> names, java.util.Collection<Long> ids) {
		List<Long> missing = ids.stream().filter(id -> !names.containsKey(id)).distinct().toList();
		if (!missing.isEmpty()) {
			territory.communesIn(new vn.phoihop.territory.Scope(false, Set.copyOf(missing))).forEach(c -> names.put(c.getId(), c.getLabel()));
		}
	}

	public boolean isCommander(CurrentUser user, BorderPost post) {
		return user != null && user.is(Role.COMMANDER) && post.getId().equals(user.postId());
	}

	/** Refuses (403) anyone but the post's commander, before a decision form is even validated. */
	@Transactional(readOnly = true)
	public void requireCommander(CurrentUser user, String postCode, YearMonth month) {
		requireCommander(user, readablePost(user, postCode, month));
	}

	private void requireCommander(CurrentUser user, BorderPost post) {
		if (!isCommander(user, post)) {
			throw new AccessDeniedException("review");
		}
	}

	/** The stored review, or a new one, after checking the user is the post's commander. */
	private MonthlyReview commanderReview(CurrentUser user, String postCode, YearMonth month) {
		BorderPost post = readablePost(user, postCode, month);
		requireCommander(user, post);
		// a new review is stored first, so the first change bumps its version and a second form opened on the
		// empty month (version 0) is refused as stale instead of overwriting it
		return reviews.findByPostIdAndMonth(post.getId(), month.atDay(1))
			.orElseGet(() -> reviews.saveAndFlush(new MonthlyReview(post.getId(), month)));
	}

	/** The post if the user may read its reviews and the month is not in the future; otherwise 404. */
	private BorderPost readablePost(CurrentUser user, String postCode, YearMonth month) {
		if (month == null || month.isAfter(YearMonth.now())) {
			throw new NotFoundException();
		}
		BorderPost post = territory.postByCode(postCode).orElseThrow(NotFoundException::new);
		if (!mayRead(user, post)) {
			throw new NotFoundException();
		}
		return post;
	}

	private boolean mayRead(CurrentUser user, BorderPost post) {
		if (user == null) {
			return false;
		}
		return switch (user.role()) {
			case ADMIN -> true;
			case COMMANDER, POST_CADRE -> post.getId().equals(user.postId());
			case COMMUNE_OFFICIAL -> user.communeId() != null && territory.coverage(post.getId()).stream()
				.anyMatch(c -> c.getCommune().getId().equals(user.communeId()));
			case VIEWER -> user.provinceId() != null && post.getProvince().getId().equals(user.provinceId());
		};
	}

	private List<BorderPost> visiblePosts(CurrentUser user) {
		if (user == null) {
			return List.of();
		}
		return switch (user.role()) {
			case ADMIN -> territory.allPosts();
			case COMMANDER, POST_CADRE -> territory.post(user.postId()).map(List::of).orElse(List.of());
			case VIEWER -> user.provinceId() == null ? List.of() : territory.postsInProvince(user.provinceId());
			case COMMUNE_OFFICIAL -> territory.postsCovering(user.communeId()); // one statement, not one per post
		};
	}

	/** The communes the post covers today and that still exist (their predecessors count in them). */
	List<Commune> monthCommunes(BorderPost post) {
		LocalDate today = LocalDate.now();
		return territory.coverage(post.getId()).stream().filter(c -> c.covers(today)).map(PostCoverage::getCommune)
			.filter(c -> !c.isMerged()).distinct().sorted(Comparator.comparing(Commune::getName)).toList();
	}

	private Set<Long> allIds(List<Commune> communes) {
		if (communes.isEmpty()) {
			return Set.of();
		}
		return scopes.withPredecessors(communes.stream().map(Commune::getId).toList()).communeIds();
	}

	private List<Long> ownCadreIds(CurrentUser user) {
		return households.cadres(user).stream().filter(c -> user.id().equals(c.getUserId())).map(Cadre::getId).toList();
	}

	/** An agreement's target for one month: a yearly target / 12, a period target / the period's months. */
	static BigDecimal monthly(Agreement a, Target t) {
		long months = 12;
		if (t.getPer() == Target.Per.PERIOD && a.getValidFrom() != null && a.getValidTo() != null) {
			months = Math.max(1, ChronoUnit.MONTHS.between(YearMonth.from(a.getValidFrom()),
					YearMonth.from(a.getValidTo())) + 1);
		}
		return t.getTargetValue().divide(BigDecimal.valueOf(months), 1, RoundingMode.HALF_UP);
	}

	/** The next number of the post's year: "n-KL/ĐU"; a reopened review keeps its number. */
	private String suggestedNumber(BorderPost post, MonthlyReview r) {
		if (r.getConclusionNumber() != null) {
			return r.getConclusionNumber();
		}
		int year = r.getYearMonth().getYear();
		long n = reviews.countEditionsAbove(post.getId(), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 1), 0);
		return (n + 1) + "-KL/ĐU";
	}

	/** "Ra Mai" for "Đồn Biên phòng Ra Mai": the place printed before the date. */
	static String place(BorderPost post) {
		return post.getName().replaceFirst("(?iu)^đồn biên phòng\\s+", "");
	}

}
