package vn.phoihop.report;

import vn.phoihop.document.IssueForm;

/** The form that issues a period's summing-up report: the date, the signer, and the committee's assessment. */
public class SummingUpForm extends IssueForm {

	/** The assessment and the way ahead, in the committee's words (optional): the report's last section. */
	private String assessment;

	public String getAssessment() {
		return assessment;
	}

	public void setAssessment(String assessment) {
		this.assessment = assessment;
	}

}
