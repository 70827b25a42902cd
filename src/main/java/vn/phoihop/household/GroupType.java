package vn.phoihop.household;

/** The two kinds of self-managed group of the article. */
public enum GroupType {

	SECURITY_ORDER, BORDER_MARKER;

	public String messageKey() {
		return "group.type." + name();
	}

}
