package vn.phoihop.review;

/** OPEN and DONE are stored; OVERDUE is derived (an open task past its due date). */
public enum TaskStatus {

	OPEN, DONE, OVERDUE;

	public String labelKey() {
		return "task.status." + name();
	}

}
