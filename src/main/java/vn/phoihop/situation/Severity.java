package vn.phoihop.situation;

/** How serious an item is (mức độ), in increasing order. */
public enum Severity {

	ROUTINE, NOTABLE, SERIOUS, URGENT;

	public String labelKey() {
		return "situation.severity." + name();
	}

}
