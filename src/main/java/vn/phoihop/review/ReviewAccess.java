package vn.phoihop.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.phoihop.household.Cadre;
import vn.phoihop.household.HouseholdService;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.PostCoverage;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;

/**
 * Who may read and decide a post's monthly reviews (docs/design.md §4, §5). Reads: COMMANDER and POST_CADRE their
 * post, COMMUNE_OFFICIAL the posts covering their commune (and only their commune's report and figures), VIEWER the
 * posts of their province, ADMIN all; a post or month outside that is a 404. Decisions: the post's COMMANDER only
 * (anyone else: 403).
 *
 * <p>The month's communes are the communes the post covers today (after the 2025 reform), each with the communes
 * merged into it: a record of Trọng Hóa counts for Dân Hóa.
 *
 * <p>A cadre's tasks: the household module links a cadre to a user account ({@code cadre.user_id}), so a cadre's
 * tasks are those assigned to any cadre row linked to the signed-in user; the user id copied on the task at
 * assignment is kept only as a record of who was meant.
 */
@Component
class ReviewAccess {

	private final TerritoryService territory;

	private final ScopeService scopes;

	private final HouseholdService households;

	ReviewAccess(TerritoryService territory, ScopeService scopes, HouseholdService households) {
		this.territory = territory;
		this.scopes = scopes;
		this.households = households;
	}

	boolean mayRead(CurrentUser user, BorderPost post) {
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

	List<BorderPost> visiblePosts(CurrentUser user) {
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

	/** The post if the user may read its reviews and the month is not in the future; otherwise 404. */
	BorderPost readablePost(CurrentUser user, String postCode, YearMonth month) {
		if (month == null || month.isAfter(YearMonth.now())) {
			throw new NotFoundException();
		}
		BorderPost post = territory.postByCode(postCode).orElseThrow(NotFoundException::new);
		if (!mayRead(user, post)) {
			throw new NotFoundException();
		}
		return post;
	}

	boolean isCommander(CurrentUser user, BorderPost post) {
		return user != null && user.is(Role.COMMANDER) && post.getId().equals(user.postId());
	}

	/** Refuses (403) anyone but the post's commander. */
	void requireCommander(CurrentUser user, BorderPost post) {
		if (!isCommander(user, post)) {
			throw new AccessDeniedException("review");
		}
	}

	/** The communes the post covers today and that still exist (their predecessors count in them). */
	List<Commune> monthCommunes(BorderPost post) {
		LocalDate today = LocalDate.now();
		return territory.coverage(post.getId()).stream().filter(c -> c.covers(today)).map(PostCoverage::getCommune)
			.filter(c -> !c.isMerged()).distinct().sorted(Comparator.comparing(Commune::getName)).toList();
	}

	/** The communes with their predecessors. */
	Set<Long> withPredecessors(List<Commune> communes) {
		if (communes.isEmpty()) {
			return Set.of();
		}
		return scopes.withPredecessors(communes.stream().map(Commune::getId).toList()).communeIds();
	}

	/** Each of the communes and each of their predecessors, to the commune it counts for. */
	Map<Long, Long> currentOf(List<Commune> communes) {
		Map<Long, Long> currentOf = new HashMap<>();
		for (Commune c : communes) {
			withPredecessors(List.of(c)).forEach(id -> currentOf.putIfAbsent(id, c.getId()));
		}
		return currentOf;
	}

	/** The cadre rows linked to the user's account. */
	List<Long> ownCadreIds(CurrentUser user) {
		return households.cadres(user).stream().filter(c -> user.id().equals(c.getUserId())).map(Cadre::getId).toList();
	}

}
