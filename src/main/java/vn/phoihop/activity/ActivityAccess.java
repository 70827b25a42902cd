package vn.phoihop.activity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.PostCoverage;
import vn.phoihop.territory.TerritoryService;

/**
 * Who may read and log activities, and where (docs/design.md §4): officials log in their own commune, post cadres
 * and commanders in the communes their post covers today; the provincial command reads figures through reports and
 * reviews, never the records themselves (§6). What a user may read is their scope ({@code ScopeService}).
 */
@Component
class ActivityAccess {

	private final TerritoryService territory;

	ActivityAccess(TerritoryService territory) {
		this.territory = territory;
	}

	boolean mayLog(CurrentUser user) {
		return user != null && (user.is(Role.COMMUNE_OFFICIAL) || user.is(Role.POST_CADRE) || user.is(Role.COMMANDER));
	}

	void requireLogger(CurrentUser user) {
		if (!mayLog(user)) {
			throw new AccessDeniedException("activity log");
		}
	}

	void requireReader(CurrentUser user) {
		if (user == null || user.role() == Role.VIEWER) {
			throw new AccessDeniedException("activity records");
		}
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
			return territory.coverage(user.postId()).stream().filter(c -> c.covers(today)).map(PostCoverage::getCommune)
				.filter(c -> !c.isMerged()).distinct().toList();
		}
		return List.of();
	}

	boolean mayLogIn(CurrentUser user, Long communeId) {
		return actableCommunes(user).stream().anyMatch(c -> c.getId().equals(communeId));
	}

}
