package vn.phoihop.activity;

/** docs/design.md §3. Which type-specific fields a type has. */
public enum ActivityType {

	OUTREACH, PATROL, INSPECTION, HOUSEHOLD_VISIT, ECONOMIC_SUPPORT, MEETING, FOREIGN_AFFAIRS, OTHER;

	public boolean hasAttendees() {
		return this == OUTREACH;
	}

	public boolean hasParticipants() {
		return this == PATROL || this == INSPECTION;
	}

	public boolean hasHouseholds() {
		return this == HOUSEHOLD_VISIT || this == ECONOMIC_SUPPORT;
	}

	public String labelKey() {
		return "activity.type." + name();
	}

}
