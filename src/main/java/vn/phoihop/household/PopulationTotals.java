package vn.phoihop.household;

/** Aggregates of a village, commune or post: no personal data, so every role may see them. */
public record PopulationTotals(Long id, String label, Long communeId, long households, long persons, long poor,
		long nearPoor, long securityGroups, long securityMembers, long markerGroups, long markerHouseholds,
		long markerPersons, long models, long modelHouseholds) {

	PopulationTotals plus(PopulationTotals o) {
		return new PopulationTotals(id, label, communeId, households + o.households, persons + o.persons,
				poor + o.poor, nearPoor + o.nearPoor, securityGroups + o.securityGroups,
				securityMembers + o.securityMembers, markerGroups + o.markerGroups,
				markerHouseholds + o.markerHouseholds, markerPersons + o.markerPersons, models + o.models,
				modelHouseholds + o.modelHouseholds);
	}

	PopulationTotals relabel(Long id, String label, long models) {
		return new PopulationTotals(id, label, communeId, households, persons, poor, nearPoor, securityGroups,
				securityMembers, markerGroups, markerHouseholds, markerPersons, models, modelHouseholds);
	}

	static PopulationTotals zero(Long id, String label) {
		return new PopulationTotals(id, label, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

}
