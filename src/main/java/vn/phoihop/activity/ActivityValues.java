package vn.phoihop.activity;

import java.time.LocalDate;
import java.util.Set;

import vn.phoihop.agreement.ContentArea;

/**
 * What an activity holds, as given (by the form, an import or a test): the values {@link Activity#update} takes.
 * Texts are already trimmed, blank as {@code null}; household ids already parsed.
 */
record ActivityValues(ActivityType type, LocalDate activityDate, LocalDate dateTo, Long communeId,
		Set<Long> villageIds, Long agreementId, ContentArea contentArea, String title, String description,
		String outcome, Integer attendeeCount, Integer borderGuard, Integer militia, Integer police, Integer resident,
		Integer otherForce, Set<Long> householdIds, Long economicModelId) {

	ActivityValues {
		villageIds = villageIds == null ? Set.of() : Set.copyOf(villageIds);
		householdIds = householdIds == null ? Set.of() : Set.copyOf(householdIds);
	}

}
