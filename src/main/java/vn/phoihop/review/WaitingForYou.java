package vn.phoihop.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.TerritoryService;

/**
 * The dashboard's "waiting for you": reports to review (commander), returned reports and months to send (commune
 * official), tasks due soon (post cadre). The review module's API for the dashboard.
 */
@Service
@Transactional(readOnly = true)
public class WaitingForYou {

	/** Tasks due within this many days are "due" on the dashboard. */
	static final int DUE_SOON_DAYS = 7;

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

	private final MonthlyReviewRepository reviews;

	private final CommuneSubmissionRepository submissions;

	private final TaskRepository tasks;

	private final ReviewAccess access;

	private final TerritoryService territory;

	WaitingForYou(MonthlyReviewRepository reviews, CommuneSubmissionRepository submissions, TaskRepository tasks,
			ReviewAccess access, TerritoryService territory) {
		this.reviews = reviews;
		this.submissions = submissions;
		this.tasks = tasks;
		this.access = access;
		this.territory = territory;
	}

	/**
	 * {@code post} is the user's post when the caller has it already and {@code names} the labels of the communes in
	 * the user's scope (the dashboard lists them anyway): the dashboard then needs no extra statement for them, and
	 * nothing here grows with the number of posts or communes in the country.
	 */
	public Waiting of(CurrentUser user, BorderPost post, Map<Long, String> names) {
		List<Item> toReview = new ArrayList<>();
		List<Item> returned = new ArrayList<>();
		List<Item> toSubmit = new ArrayList<>();
		List<Task> due = new ArrayList<>();
		if (user == null) {
			return new Waiting(toReview, returned, toSubmit, due);
		}
		Map<Long, String> communeNames = new HashMap<>(names);
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
			communeOfficial(user, communeNames, returned, toSubmit);
		}
		if (user.is(Role.POST_CADRE)) {
			List<Long> own = access.ownCadreIds(user);
			if (!own.isEmpty()) {
				due.addAll(tasks.findDue(Ids.of(own), LocalDate.now().plusDays(DUE_SOON_DAYS)));
			}
		}
		return new Waiting(toReview, returned, toSubmit, due);
	}

	/** The commune's returned reports, and this month's and last month's reports not sent yet. */
	private void communeOfficial(CurrentUser user, Map<Long, String> communeNames, List<Item> returned,
			List<Item> toSubmit) {
		labelsOf(communeNames, List.of(user.communeId()));
		Map<Long, String> codes = new LinkedHashMap<>();
		access.visiblePosts(user).forEach(p -> codes.put(p.getId(), p.getCode()));
		for (CommuneSubmission s : submissions.findOpenByCommuneAndStatus(user.communeId(), SubmissionStatus.RETURNED)) {
			if (s.getReview().isOpen() && codes.containsKey(s.getReview().getPostId())) {
				returned.add(new Item(codes.get(s.getReview().getPostId()), s.getReview().getYearMonth(),
						s.getCommuneId(), communeNames.get(s.getCommuneId()), s.getReturnComment()));
			}
		}
		YearMonth current = YearMonth.now();
		List<YearMonth> months = List.of(current.minusMonths(1), current);
		// the reviews of those posts for both months and this commune's submissions to them: two statements
		Map<String, MonthlyReview> byPostMonth = new HashMap<>();
		List<MonthlyReview> found = codes.isEmpty() ? List.of()
				: reviews.findByPostsBetween(Ids.of(codes.keySet()), months.get(0).atDay(1), months.get(1).atDay(1));
		found.forEach(r -> byPostMonth.put(r.getPostId() + "/" + r.getYearMonth(), r));
		Map<Long, SubmissionStatus> statusByReview = new HashMap<>();
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

	/** Adds the labels of the communes not named yet, in one statement (none when all are known). */
	private void labelsOf(Map<Long, String> names, Collection<Long> ids) {
		List<Long> missing = ids.stream().filter(id -> !names.containsKey(id)).distinct().toList();
		if (!missing.isEmpty()) {
			territory.communesIn(new Scope(false, Set.copyOf(missing))).forEach(c -> names.put(c.getId(), c.getLabel()));
		}
	}

}
