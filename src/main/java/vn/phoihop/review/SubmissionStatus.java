package vn.phoihop.review;

/** A commune's submission of its month: kept as a DRAFT, SUBMITTED to the post, or RETURNED with a comment. */
public enum SubmissionStatus {

	DRAFT, SUBMITTED, RETURNED;

	public String labelKey() {
		return "submission.status." + name();
	}

}
