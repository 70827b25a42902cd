package vn.phoihop.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.PostCoverage;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;

/**
 * Whose calendar is shown: a post (its plans' items, the activities of the communes it has covered) or one of its
 * communes; an official always their commune. Only units of the reader's scope are offered or taken: a post's
 * people their post, the provincial command the posts of its province, the administrator any post.
 */
@Component
class CalendarUnits {

	/**
	 * The units offered and the one chosen: {@code postId} the post whose plans' items are shown (null: an official's
	 * commune, whatever post), {@code communeIds} the communes (with their predecessors) of the items and activities.
	 */
	record Unit(List<BorderPost> posts, BorderPost post, List<Commune> communes, Commune commune, Long postId,
			Set<Long> communeIds) {
	}

	private final TerritoryService territory;

	private final ScopeService scopes;

	CalendarUnits(TerritoryService territory, ScopeService scopes) {
		this.territory = territory;
		this.scopes = scopes;
	}

	Unit resolve(CurrentUser user, String postCode, Long communeId, YearMonth month) {
		Scope scope = scopes.scopeOf(user);
		if (user.is(Role.COMMUNE_OFFICIAL)) {
			List<Commune> own = territory.currentCommunesIn(scope);
			return new Unit(List.of(), null, own, own.isEmpty() ? null : own.get(0), null, scope.communeIds());
		}
		List<BorderPost> posts = switch (user.role()) {
			case COMMANDER, POST_CADRE -> territory.post(user.postId()).map(List::of).orElse(List.of());
			case VIEWER -> territory.postsInProvince(user.provinceId());
			default -> territory.allPosts();
		};
		BorderPost post = posts.stream().filter(p -> p.getCode().equalsIgnoreCase(String.valueOf(postCode)))
			.findFirst().orElse(posts.isEmpty() ? null : posts.get(0));
		if (post == null) {
			return new Unit(posts, null, List.of(), null, -1L, Set.of());
		}
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		List<PostCoverage> coverage = territory.coverage(post.getId());
		// the communes offered: those the post covered in the month (all it ever covered, for a month before any)
		List<Commune> communes = coverage.stream()
			.filter(c -> !c.getValidFrom().isAfter(last) && (c.getValidTo() == null || !c.getValidTo().isBefore(first)))
			.map(PostCoverage::getCommune).distinct().toList();
		if (communes.isEmpty()) {
			communes = coverage.stream().map(PostCoverage::getCommune).distinct().toList();
		}
		Commune commune = communes.stream().filter(c -> c.getId().equals(communeId)).findFirst().orElse(null);
		// the activities of the chosen commune, or of every commune the post has covered (the post's scope)
		List<Long> roots = commune != null ? List.of(commune.getId())
				: coverage.stream().map(c -> c.getCommune().getId()).distinct().toList();
		Set<Long> ids = roots.isEmpty() ? Set.of() : scopes.withPredecessors(roots).communeIds();
		return new Unit(posts, post, communes, commune, post.getId(), ids);
	}

}
