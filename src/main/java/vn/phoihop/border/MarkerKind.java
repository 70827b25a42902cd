package vn.phoihop.border;

/** A main marker (mốc chính) or an auxiliary one (mốc phụ). */
public enum MarkerKind {

	MAIN, AUXILIARY;

	public String labelKey() {
		return "border.kind." + name();
	}

}
