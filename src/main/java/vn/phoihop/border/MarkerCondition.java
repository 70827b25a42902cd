package vn.phoihop.border;

/** What an inspection found (hiện trạng). */
public enum MarkerCondition {

	INTACT, DAMAGED, DISPLACED, NEEDS_CLEARING;

	public String labelKey() {
		return "border.condition." + name();
	}

	/** Whether the marker needs more than clearing: damaged or displaced. */
	public boolean isBad() {
		return this == DAMAGED || this == DISPLACED;
	}

}
