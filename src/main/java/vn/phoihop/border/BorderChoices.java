package vn.phoihop.border;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.household.CommunityService;
import vn.phoihop.household.GroupType;
import vn.phoihop.household.HouseholdAccess;
import vn.phoihop.household.SelfManagedGroup;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.PostCoverage;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

/** What the border pages name and offer: the post's communes today, their villages, the marker groups. */
@Component
@Transactional(readOnly = true)
class BorderChoices {

	private final TerritoryService territory;

	private final ScopeService scopes;

	private final CommunityService community;

	BorderChoices(TerritoryService territory, ScopeService scopes, CommunityService community) {
		this.territory = territory;
		this.scopes = scopes;
		this.community = community;
	}

	/** The communes the user's post covers today (where its markers stand). */
	List<Commune> communes(CurrentUser user) {
		if (user.postId() == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now();
		return territory.coverage(user.postId())
			.stream()
			.filter(c -> c.covers(today))
			.map(PostCoverage::getCommune)
			.filter(c -> !c.isMerged())
			.distinct()
			.toList();
	}

	/** Villages of the communes given, with their predecessors'. */
	List<Village> villages(List<Commune> communes) {
		return communes.stream()
			.flatMap(c -> territory.villagesIn(scopes.withPredecessors(List.of(c.getId()))).stream())
			.distinct()
			.toList();
	}

	/** The border-line and marker groups the user reads (none for a role that reads no group). */
	List<SelfManagedGroup> groups(CurrentUser user) {
		return HouseholdAccess.canReadPersonalData(user) ? community.groups(user, GroupType.BORDER_MARKER) : List.of();
	}

	Map<Long, String> communeNames(CurrentUser user) {
		return territory.communesIn(scopes.scopeOf(user)).stream()
			.collect(Collectors.toMap(Commune::getId, Commune::getLabel, (a, b) -> a));
	}

	Map<Long, String> villageNames(CurrentUser user) {
		return territory.villagesIn(scopes.scopeOf(user)).stream()
			.collect(Collectors.toMap(Village::getId, Village::getName, (a, b) -> a));
	}

	Map<Long, String> groupNames(CurrentUser user) {
		return groups(user).stream().collect(Collectors.toMap(SelfManagedGroup::getId, SelfManagedGroup::getName));
	}

}
