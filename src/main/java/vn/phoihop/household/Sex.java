package vn.phoihop.household;

/** A household member's sex (giới tính), as the commune's register records it. */
public enum Sex {

	MALE, FEMALE;

	public String messageKey() {
		return "member.sex." + name();
	}

}
