package vn.phoihop.plan;

/** How a planned item went; partly done and not done say why. */
public enum ItemStatus {

	OPEN, DONE, PARTLY_DONE, NOT_DONE;

	public boolean needsReason() {
		return this == PARTLY_DONE || this == NOT_DONE;
	}

	public String labelKey() {
		return "plan.item.status." + name();
	}

	/** The badge's Bootstrap colour. */
	public String badge() {
		return switch (this) {
			case OPEN -> "text-bg-secondary";
			case DONE -> "text-bg-success";
			case PARTLY_DONE -> "text-bg-warning";
			case NOT_DONE -> "text-bg-danger";
		};
	}

}
