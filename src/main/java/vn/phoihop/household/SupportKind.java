package vn.phoihop.household;

/**
 * What a support was (hình thức hỗ trợ): to an economic model (seedlings, livestock, materials, technical guidance…)
 * or, in a programme, to a person or a household (money, school supplies, Tết gifts…). One list, so the period
 * report adds them up by the same kinds.
 */
public enum SupportKind {

	MONEY, SCHOOL_SUPPLIES, GIFTS, FOOD, CLOTHING, SEEDLINGS, LIVESTOCK, MATERIALS, TECHNICAL_GUIDANCE, OTHER;

	public String messageKey() {
		return "support.kind." + name();
	}

}
