package vn.phoihop.activity;

public enum ActivityStatus {

	DRAFT, SUBMITTED;

	public String labelKey() {
		return "activity.status." + name();
	}

}
