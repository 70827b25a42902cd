package vn.phoihop.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;

/**
 * A commune official's reports of last month and this month to each post that covers the commune, with where each
 * stands, and the reports returned to be corrected: the dashboard's "this month" (what is due, what was returned).
 * The review module's API for an official's dashboard, in place of {@link WaitingForYou}, which lists for the other
 * roles what waits for them. Three statements.
 */
@Service
@Transactional(readOnly = true)
public class CommuneMonthReports {

	/** Where a report stands; PENDING: nothing written yet. A concluded month takes no report any more. */
	public enum State {

		PENDING, DRAFT, SUBMITTED, RETURNED, CONCLUDED;

		/** The report still has to be sent (or sent again). */
		public boolean due() {
			return this == PENDING || this == DRAFT || this == RETURNED;
		}

		public String labelKey() {
			return "dashboard.report.state." + name();
		}

	}

	/** A report: the post and month (its page's address), the state, the commander's comment when returned. */
	public record Report(String postCode, String postName, YearMonth month, Long communeId, State state,
			String comment) {
	}

	private final MonthlyReviewRepository reviews;

	private final CommuneSubmissionRepository submissions;

	private final ReviewAccess access;

	CommuneMonthReports(MonthlyReviewRepository reviews, CommuneSubmissionRepository submissions,
			ReviewAccess access) {
		this.reviews = reviews;
		this.submissions = submissions;
		this.access = access;
	}

	/** Last month's and this month's reports, and every report returned in a month still open. */
	public record Reports(List<Report> lastAndThisMonth, List<Report> returned) {
	}

	/** The official's reports; none for another role. */
	public Reports of(CurrentUser user) {
		if (user == null || !user.is(Role.COMMUNE_OFFICIAL) || user.communeId() == null) {
			return new Reports(List.of(), List.of());
		}
		List<BorderPost> posts = access.visiblePosts(user);
		if (posts.isEmpty()) {
			return new Reports(List.of(), List.of());
		}
		Map<Long, BorderPost> byId = new HashMap<>();
		posts.forEach(p -> byId.put(p.getId(), p));
		List<Report> returned = new ArrayList<>();
		for (CommuneSubmission s : submissions.findOpenByCommuneAndStatus(user.communeId(), SubmissionStatus.RETURNED)) {
			BorderPost post = byId.get(s.getReview().getPostId());
			if (post != null && s.getReview().isOpen()) {
				returned.add(new Report(post.getCode(), post.getName(), s.getReview().getYearMonth(), s.getCommuneId(),
						State.RETURNED, s.getReturnComment()));
			}
		}
		return new Reports(lastAndThisMonth(user, posts), returned);
	}

	/** Last month's and this month's reports, by post then month. Two statements. */
	private List<Report> lastAndThisMonth(CurrentUser user, List<BorderPost> posts) {
		YearMonth current = YearMonth.now();
		List<YearMonth> months = List.of(current.minusMonths(1), current);
		Map<String, MonthlyReview> byPostMonth = new HashMap<>();
		List<MonthlyReview> found = reviews.findByPostsBetween(Ids.of(posts.stream().map(BorderPost::getId).toList()),
				months.get(0).atDay(1), months.get(1).atDay(1));
		found.forEach(r -> byPostMonth.put(r.getPostId() + "/" + r.getYearMonth(), r));
		Map<Long, CommuneSubmission> byReview = new HashMap<>();
		if (!found.isEmpty()) {
			submissions.findByReviewsAndCommune(Ids.of(found.stream().map(MonthlyReview::getId).toList()),
					user.communeId()).forEach(s -> byReview.put(s.getReview().getId(), s));
		}
		List<Report> reports = new ArrayList<>();
		for (BorderPost post : posts) {
			for (YearMonth m : months) {
				MonthlyReview review = byPostMonth.get(post.getId() + "/" + m);
				CommuneSubmission s = review == null ? null : byReview.get(review.getId());
				State state = review != null && review.isConcluded() ? State.CONCLUDED
						: s == null ? State.PENDING : State.valueOf(s.getStatus().name());
				reports.add(new Report(post.getCode(), post.getName(), m, user.communeId(), state,
						state == State.RETURNED ? s.getReturnComment() : null));
			}
		}
		return reports;
	}

}
