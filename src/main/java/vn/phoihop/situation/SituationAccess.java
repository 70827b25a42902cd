package vn.phoihop.situation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.PostCoverage;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;

/**
 * Who reads and adds items of the register, and whose content they see (docs/design.md §11):
 * <ul>
 * <li>the commander and the post's cadres of the covering post, and the officials of the commune where it happened,
 * read the items of their scope ({@code ScopeService}) and add items in the communes they act in today (a post: the
 * communes it covers; an official: their own commune); the administrator reads, adds nothing;</li>
 * <li>a restricted item's content is read by the commander (of a post whose scope holds it) and by its author only;
 * the others in scope see that it exists: its day, commune and category, nothing more (not even its status or
 * severity, and no filter on them finds it);</li>
 * <li>the provincial command (VIEWER) sees counts by category, never an item.</li>
 * </ul>
 */
@Component
class SituationAccess {

	private final ScopeService scopes;

	private final TerritoryService territory;

	SituationAccess(ScopeService scopes, TerritoryService territory) {
		this.scopes = scopes;
		this.territory = territory;
	}

	boolean mayRead(CurrentUser user) {
		return user != null && user.role() != Role.VIEWER;
	}

	boolean mayAdd(CurrentUser user) {
		return user != null
				&& (user.is(Role.COMMANDER) || user.is(Role.POST_CADRE) || user.is(Role.COMMUNE_OFFICIAL));
	}

	/** The provincial command's view: counts by category in its province. */
	boolean readsCountsOnly(CurrentUser user) {
		return user != null && user.role() == Role.VIEWER;
	}

	void requireReader(CurrentUser user) {
		if (!mayRead(user)) {
			throw new AccessDeniedException("situation items");
		}
	}

	void requireAdder(CurrentUser user) {
		if (!mayAdd(user)) {
			throw new AccessDeniedException("situation items");
		}
	}

	/** The item, when it is in the user's scope; else 404 (an id outside the scope is not found, §4). */
	SituationItem inScope(CurrentUser user, SituationItem item) {
		if (item == null || !scopes.scopeOf(user).includes(item.getCommuneId())) {
			throw new NotFoundException();
		}
		return item;
	}

	/** Whether the user reads the item's content: any item not restricted; a restricted one, its commander or author. */
	boolean seesContent(CurrentUser user, SituationItem item) {
		return !item.isRestricted() || readsRestricted(user) || item.getRecordedBy().equals(user.getUsername());
	}

	/** The role that reads every restricted item of its scope. */
	static boolean readsRestricted(CurrentUser user) {
		return user != null && user.role() == Role.COMMANDER;
	}

	/** Who may change an item (its content and its follow-up): whoever sees its content and adds items. */
	boolean mayChange(CurrentUser user, SituationItem item) {
		return mayAdd(user) && seesContent(user, item) && actableCommunes(user).stream()
			.anyMatch(c -> scopes.withPredecessors(List.of(c.getId())).includes(item.getCommuneId()));
	}

	/** COMMUNE_OFFICIAL: own current commune; POST_CADRE/COMMANDER: the communes their post covers today. */
	List<Commune> actableCommunes(CurrentUser user) {
		if (user == null) {
			return List.of();
		}
		if (user.is(Role.COMMUNE_OFFICIAL)) {
			return territory.commune(user.communeId()).filter(c -> !c.isMerged()).map(List::of).orElse(List.of());
		}
		if (user.is(Role.POST_CADRE) || user.is(Role.COMMANDER)) {
			LocalDate today = LocalDate.now();
			return territory.coverage(user.postId())
				.stream()
				.filter(c -> c.covers(today))
				.map(PostCoverage::getCommune)
				.filter(c -> !c.isMerged())
				.distinct()
				.toList();
		}
		return List.of();
	}

}
