package vn.phoihop.activity;

import vn.phoihop.agreement.ContentArea;

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

	/** The content area an activity of this type usually belongs to, proposed by the form (none for OTHER). */
	public ContentArea usualArea() {
		return switch (this) {
			case PATROL, INSPECTION -> ContentArea.BORDER_SOVEREIGNTY;
			case OUTREACH -> ContentArea.OUTREACH_LEGAL;
			case HOUSEHOLD_VISIT, ECONOMIC_SUPPORT -> ContentArea.ECONOMY_POVERTY;
			case MEETING -> ContentArea.POLITICAL_SYSTEM;
			case FOREIGN_AFFAIRS -> ContentArea.FOREIGN_AFFAIRS;
			case OTHER -> null;
		};
	}

	public String labelKey() {
		return "activity.type." + name();
	}

}
