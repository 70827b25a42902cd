package vn.phoihop.agreement;

/** The reference list of coordination content areas (docs/design.md §3); labels in messages as contentArea.NAME. */
public enum ContentArea {

	BORDER_SOVEREIGNTY, POLITICAL_SYSTEM, ECONOMY_POVERTY, OUTREACH_LEGAL, CULTURE_SOCIETY, FOREIGN_AFFAIRS;

	public String labelKey() {
		return "contentArea." + name();
	}

}
