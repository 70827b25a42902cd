package vn.phoihop.activity;

/** A regular patrol (tuần tra thường xuyên) or an unscheduled one (đột xuất). */
public enum PatrolKind {

	REGULAR, UNSCHEDULED;

	public String labelKey() {
		return "activity.patrolKind." + name();
	}

}
