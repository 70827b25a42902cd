package vn.phoihop.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.activity.MonthFigures;
import vn.phoihop.activity.MonthFigures.Figure;
import vn.phoihop.agreement.Agreement;
import vn.phoihop.agreement.AgreementService;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;
import vn.phoihop.document.PartyDocuments;
import vn.phoihop.household.HouseholdService;
import vn.phoihop.shared.db.GenericPlans;
import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.TerritoryService;

/**
 * What the month's page shows (and the printed conclusion): the figures (live, or frozen once concluded), the
 * agreements' targets and last month's targets against them, the tasks, the communes' reports and the editions.
 * A commune official sees their own commune's report and figures only, and no tasks.
 */
@Service
@Transactional(readOnly = true)
class ReviewMonthPage {

	/** A commune's report as listed on the month page (null submission: nothing yet). */
	public record SubmissionRow(Commune commune, CommuneSubmission submission) {

		public SubmissionStatus status() {
			return submission == null ? null : submission.getStatus();
		}

	}

	/**
	 * An agreement's target for one month, against the month's figure: {@code monthly} is the month's share of a
	 * measured target ({@link #monthly}), null for a target followed by hand (shown as set, per year or period).
	 */
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
			String suggestedNumber, boolean over, LocalDate concludableFrom, Map<String, Long> byType) {

		public String place() {
			return ReviewMonthPage.place(post);
		}

		/** The names of the communes an edition was concluded without, in the page's order. */
		public String unreportedNames(Edition e) {
			return names(e.unreportedCommuneIds(), communeNames);
		}

		public List<Figure> figuresOf(Long communeId) {
			return figures.stream().filter(f -> f.communeId().equals(communeId)).toList();
		}

		public Edition lastEdition() {
			return editions.isEmpty() ? null : editions.get(editions.size() - 1);
		}

	}

	/**
	 * What the commander confirms a decision on: the review (a new one, unsaved, when nobody has written yet),
	 * whether the month is over and from which day it can be concluded, the month's communes whose report is not
	 * in (no report, a draft, or returned) and the suggested number.
	 */
	public record DecisionView(BorderPost post, YearMonth month, MonthlyReview review, boolean over,
			LocalDate concludableFrom, List<SubmissionRow> unreported, String suggestedNumber) {
	}

	/** A commune's report with the month's activities; an official sees only their own commune's. */
	public record SubmissionView(BorderPost post, YearMonth month, MonthlyReview review, Commune commune,
			CommuneSubmission submission, List<MonthFigures.Line> activities, boolean mayEdit, boolean mayReturn) {
	}

	private final MonthlyReviewRepository reviews;

	private final CommuneSubmissionRepository submissions;

	private final TaskRepository tasks;

	private final FrozenFigures frozen;

	private final MonthFigures figures;

	private final ReviewAccess access;

	private final TerritoryService territory;

	private final AgreementService agreements;

	private final HouseholdService households;

	private final JdbcTemplate jdbc;

	ReviewMonthPage(MonthlyReviewRepository reviews, CommuneSubmissionRepository submissions, TaskRepository tasks,
			FrozenFigures frozen, MonthFigures figures, ReviewAccess access, TerritoryService territory,
			AgreementService agreements, HouseholdService households, JdbcTemplate jdbc) {
		this.reviews = reviews;
		this.submissions = submissions;
		this.tasks = tasks;
		this.frozen = frozen;
		this.figures = figures;
		this.access = access;
		this.territory = territory;
		this.agreements = agreements;
		this.households = households;
		this.jdbc = jdbc;
	}

	/**
	 * The month's page. Its statements (the reviews, their conclusions and targets, the editions, the agreements,
	 * tasks, submissions and cadres) have no optional filter: PostgreSQL keeps one plan per connection for each
	 * ({@link GenericPlans}), where every other statement is planned for its values.
	 */
	MonthView month(CurrentUser user, String postCode, YearMonth month) {
		BorderPost post = access.readablePost(user, postCode, month);
		GenericPlans.forThisTransaction(jdbc);
		// the month and the month before in one statement; their targets then come in one batch
		Map<YearMonth, MonthlyReview> both = reviews
			.findByPostsBetween(new Long[] { post.getId() }, month.minusMonths(1).atDay(1), month.atDay(1)).stream()
			.collect(Collectors.toMap(MonthlyReview::getYearMonth, r -> r));
		MonthlyReview review = both.containsKey(month) ? both.get(month) : new MonthlyReview(post.getId(), month);
		MonthlyReview previous = both.get(month.minusMonths(1));
		review.getConclusions().size();
		review.getTargets().size();
		List<Commune> communes = access.monthCommunes(post);
		Long own = user.is(Role.COMMUNE_OFFICIAL) ? user.communeId() : null;
		List<Commune> visible = own == null ? communes
				: communes.stream().filter(c -> c.getId().equals(own)).toList();
		Set<Long> visibleIds = visible.stream().map(Commune::getId).collect(Collectors.toSet());
		Map<Long, String> names = new LinkedHashMap<>();
		communes.forEach(c -> names.put(c.getId(), c.getLabel()));

		Set<Long> all = access.withPredecessors(communes);
		List<Edition> editions = frozen.editions(review.getId());
		// a commune an earlier conclusion went without may no longer be among the post's communes: named too
		List<Long> unnamed = editions.stream().flatMap(e -> e.unreportedCommuneIds().stream())
			.filter(id -> !names.containsKey(id)).distinct().toList();
		if (!unnamed.isEmpty()) {
			territory.communesIn(new Scope(false, Set.copyOf(unnamed)))
				.forEach(c -> names.put(c.getId(), c.getLabel()));
		}
		boolean isFrozen = review.isConcluded() && !editions.isEmpty();
		// an open month's figures with its activities by type in one statement; a concluded month's are the frozen ones
		MonthFigures.Live live = isFrozen ? null : figures.liveWithTypes(all, month);
		List<Figure> monthFigures = isFrozen ? editions.get(editions.size() - 1).figures() : live.figures();
		monthFigures = monthFigures.stream().filter(f -> visibleIds.contains(f.communeId())).toList();
		List<AgreementTargetRow> agreementTargets = agreementTargets(all, visible, visibleIds, monthFigures, month);

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
			for (ContentArea area : ContentArea.all()) {
				byArea.put(area, Figure.sum(null, monthFigures.stream().filter(f -> f.contentArea() == area).toList()));
			}
			for (ReviewTarget t : previous.getTargets()) {
				lastTargets.add(new LastTargetRow(t, byArea.get(t.getContentArea()).of(t.getMetric()),
						t.getMetric().fromActivityLog()));
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
			territory.villagesIn(new Scope(false, all)) // the communes with their predecessors
				.forEach(v -> villageNames.put(v.getId(), v.getName()));
		}
		return new MonthView(post, month, review, visible, names, monthFigures, Figure.sum(null, monthFigures),
				isFrozen, agreementTargets, lastTargets, lastTasks,
				review.isNew() ? List.of() : tasksOf.getOrDefault(review.getId(), List.of()), subs, editions,
				access.isCommander(user, post), own, showTasks, cadreNames, villageNames,
				suggestedNumber(post, review), review.isOver(LocalDate.now()), review.concludableFrom(),
				live == null ? Map.of() : live.byType(visibleIds));
	}

	/** The confirmation pages' view (conclude, reopen); only the post's commander opens them (checked before). */
	DecisionView decision(CurrentUser user, String postCode, YearMonth month) {
		BorderPost post = access.readablePost(user, postCode, month);
		MonthlyReview review = reviews.findByPostIdAndMonth(post.getId(), month.atDay(1))
			.orElseGet(() -> new MonthlyReview(post.getId(), month));
		review.getConclusions().size();
		Map<Long, CommuneSubmission> stored = review.isNew() ? Map.of()
				: submissions.findByReviewIdOrderByCommuneId(review.getId()).stream()
					.collect(Collectors.toMap(CommuneSubmission::getCommuneId, s -> s));
		List<SubmissionRow> unreported = access.monthCommunes(post).stream()
			.filter(c -> !CommuneSubmission.isIn(stored.get(c.getId())))
			.map(c -> new SubmissionRow(c, stored.get(c.getId()))).toList();
		return new DecisionView(post, month, review, review.isOver(LocalDate.now()), review.concludableFrom(),
				unreported, suggestedNumber(post, review));
	}

	static String names(List<Long> ids, Map<Long, String> names) {
		return ids.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining(", "));
	}

	/**
	 * The agreements of all the communes in one statement (their communes and targets in one batch each), each
	 * matched to the current commune its own communes merged into: nothing here is per commune or per agreement.
	 */
	private List<AgreementTargetRow> agreementTargets(Set<Long> all, List<Commune> visible, Set<Long> visibleIds,
			List<Figure> monthFigures, YearMonth month) {
		Map<Long, Long> currentOf = new HashMap<>();
		for (Commune c : territory.communesIn(new Scope(false, all))) {
			Commune root = c;
			for (int depth = 0; root.getMergedInto() != null && !visibleIds.contains(root.getId()) && depth < 10; depth++) {
				root = root.getMergedInto();
			}
			currentOf.put(c.getId(), root.getId());
		}
		List<Agreement> valid = agreements.validOnWithCommunes(all, month.atEndOfMonth());
		List<AgreementTargetRow> rows = new ArrayList<>();
		for (Commune c : visible) {
			Map<ContentArea, Figure> byArea = new LinkedHashMap<>();
			monthFigures.stream().filter(f -> f.communeId().equals(c.getId())).forEach(f -> byArea.put(f.contentArea(), f));
			for (Agreement a : valid) {
				if (a.getCommuneIds().stream().noneMatch(id -> c.getId().equals(currentOf.get(id)))) {
					continue;
				}
				for (Target t : a.getTargets()) {
					Figure f = byArea.getOrDefault(t.getContentArea(), Figure.zero(c.getId(), t.getContentArea()));
					rows.add(new AgreementTargetRow(c.getId(), a.getLabel(), t,
							t.getMetric().fromActivityLog() ? monthly(t, a.getValidFrom(), a.getValidTo()) : null,
							f.of(t.getMetric()), t.getMetric().fromActivityLog()));
				}
			}
		}
		return rows;
	}

	/** The month's PDF view: only once concluded (otherwise 404). */
	MonthView concluded(CurrentUser user, String postCode, YearMonth month) {
		MonthView v = month(user, postCode, month);
		if (!v.frozen()) {
			throw new NotFoundException();
		}
		return v;
	}

	SubmissionView submission(CurrentUser user, String postCode, YearMonth month, Long communeId) {
		BorderPost post = access.readablePost(user, postCode, month);
		if (user.is(Role.COMMUNE_OFFICIAL) && !communeId.equals(user.communeId())) {
			throw new NotFoundException();
		}
		Commune commune = access.monthCommunes(post).stream().filter(c -> c.getId().equals(communeId)).findFirst()
			.orElseThrow(NotFoundException::new);
		MonthlyReview review = reviews.findByPostIdAndMonth(post.getId(), month.atDay(1))
			.orElseGet(() -> new MonthlyReview(post.getId(), month));
		CommuneSubmission s = review.isNew() ? null
				: submissions.findByReviewIdAndCommuneId(review.getId(), communeId).orElse(null);
		List<MonthFigures.Line> lines = figures.lines(access.withPredecessors(List.of(commune)), month);
		boolean mayEdit = user.is(Role.COMMUNE_OFFICIAL) && review.isOpen()
				&& (s == null || s.getStatus() != SubmissionStatus.SUBMITTED);
		boolean mayReturn = access.isCommander(user, post) && review.isOpen() && s != null
				&& s.getStatus() == SubmissionStatus.SUBMITTED;
		return new SubmissionView(post, month, review, commune, s, lines, mayEdit, mayReturn);
	}

	/**
	 * The month's share of an agreement's target (valid from–to) measured from the log (a count: sessions, patrols,
	 * people): a yearly target / 12, a period target / the period's months, rounded up to a whole count, as what can
	 * be done ("6 đợt", not "5,8 đợt"); doing each month's share then meets the year's or the period's target. A
	 * target followed by hand (no metric: households escaping poverty, a rate) has no monthly share: null, shown as
	 * set. (docs/architecture.md, "A month's share of a target".)
	 */
	static BigDecimal monthly(Target t, LocalDate validFrom, LocalDate validTo) {
		if (!t.getMetric().fromActivityLog()) {
			return null;
		}
		long months = 12;
		if (t.getPer() == Target.Per.PERIOD && validFrom != null && validTo != null) {
			months = Math.max(1, ChronoUnit.MONTHS.between(YearMonth.from(validFrom), YearMonth.from(validTo)) + 1);
		}
		return t.getTargetValue().divide(BigDecimal.valueOf(months), 0, RoundingMode.CEILING);
	}

	/** The next number of the post's year: "n-KL/ĐU"; a reopened review keeps its number. */
	private String suggestedNumber(BorderPost post, MonthlyReview r) {
		if (r.getConclusionNumber() != null) {
			return r.getConclusionNumber();
		}
		int year = r.getYearMonth().getYear();
		long n = reviews.countEditionsAbove(post.getId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1), 0);
		return (n + 1) + "-KL/ĐU";
	}

	/** "Ra Mai" for "Đồn Biên phòng Ra Mai": the place printed before the date. */
	static String place(BorderPost post) {
		return PartyDocuments.place(post);
	}

}
