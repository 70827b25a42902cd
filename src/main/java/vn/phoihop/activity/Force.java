package vn.phoihop.activity;

/** The forces taking part in a patrol or an inspection; one column each. */
public enum Force {

	BORDER_GUARD, MILITIA, POLICE, RESIDENT, OTHER;

	public String labelKey() {
		return "activity.force." + name();
	}

}
