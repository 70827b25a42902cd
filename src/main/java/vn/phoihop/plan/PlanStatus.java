package vn.phoihop.plan;

/** A plan's life: drafted by the post's people, then approved by the post's commander (who may return it to draft). */
public enum PlanStatus {

	DRAFT, APPROVED;

	public String labelKey() {
		return "plan.status." + name();
	}

}
