package vn.phoihop.household;

/** How a household gave its consent: on paper, by word of mouth (noted by the official), or electronically. */
public enum ConsentManner {

	WRITTEN, ORAL, ELECTRONIC;

	public String messageKey() {
		return "household.consentManner." + name();
	}

}
