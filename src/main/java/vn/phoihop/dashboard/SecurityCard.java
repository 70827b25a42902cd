package vn.phoihop.dashboard;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.phoihop.border.MarkerCoverage;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.situation.SituationFigures;
import vn.phoihop.territory.Scope;

/**
 * The commander's card of the security situation and the border (docs/design.md §11, §12): the items of the post's
 * scope still new or being followed (restricted ones included: the commander reads them) and the post's markers
 * overdue for an inspection today. Two counting statements; no other role has the card.
 */
@Component
class SecurityCard {

	/** The counts and where each is followed up. */
	record Card(long openItems, long overdueMarkers) {
	}

	private final SituationFigures situation;

	private final MarkerCoverage markers;

	SecurityCard(SituationFigures situation, MarkerCoverage markers) {
		this.situation = situation;
		this.markers = markers;
	}

	/** The commander's card; null for any other role. */
	Card of(CurrentUser user, Scope scope, LocalDate today) {
		if (user == null || user.role() != Role.COMMANDER || user.postId() == null) {
			return null;
		}
		return new Card(situation.open(scope.communeIds()), markers.overdue(user.postId(), today));
	}

}
