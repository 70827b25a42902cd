package vn.phoihop.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.TerritoryService;

/** The reviews list: the months of the posts a user sees. */
@Service
@Transactional(readOnly = true)
class ReviewList {

	/** The posts the user sees (for the "open a month" form) and their months. */
	public record Months(List<BorderPost> posts, List<MonthRow> rows) {
	}

	/** A month of a post in the list: the stored review, or null when nothing was written yet. */
	public record MonthRow(BorderPost post, YearMonth month, MonthlyReview review, long submitted, int communes) {

		public ReviewStatus status() {
			return review == null ? ReviewStatus.OPEN : review.getStatus();
		}

	}

	private final MonthlyReviewRepository reviews;

	private final CommuneSubmissionRepository submissions;

	private final ReviewAccess access;

	private final TerritoryService territory;

	ReviewList(MonthlyReviewRepository reviews, CommuneSubmissionRepository submissions, ReviewAccess access,
			TerritoryService territory) {
		this.reviews = reviews;
		this.submissions = submissions;
		this.access = access;
		this.territory = territory;
	}

	/**
	 * By default the current month and the twelve before it; with a year, that year's months. Never the whole
	 * history at once: ten years of 500 posts are 59,000 months.
	 */
	Months list(CurrentUser user, Integer year) {
		List<BorderPost> posts = access.visiblePosts(user);
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
		Map<Long, Long> submitted = new HashMap<>();
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

}
