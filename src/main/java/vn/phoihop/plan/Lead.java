package vn.phoihop.plan;

/** Who leads a planned item: the border post, or the commune it takes place in. */
public enum Lead {

	POST, COMMUNE;

	public String labelKey() {
		return "plan.item.lead." + name();
	}

}
