package vn.phoihop.review;

/** A month under review is OPEN until the commander concludes it; a reopen (with a reason) makes it OPEN again. */
public enum ReviewStatus {

	OPEN, CONCLUDED;

	public String labelKey() {
		return "review.status." + name();
	}

}
