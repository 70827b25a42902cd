package vn.phoihop.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The purpose asked before an unmasked export (issue 22 §1), recorded in the access log with it. */
public class HouseholdExportForm {

	@NotBlank(message = "{household.export.purpose.required}")
	@Size(max = 500)
	private String purpose;

	public String getPurpose() { return purpose; }
	public void setPurpose(String purpose) { this.purpose = purpose; }

}
