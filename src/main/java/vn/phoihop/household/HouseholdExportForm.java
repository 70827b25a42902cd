package vn.phoihop.household;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** The purpose asked before an unmasked export (issue 22 §1), recorded in the access log with it. */
public class HouseholdExportForm {

	@Size(max = 500)
	private String purpose;

	/** No purpose, no unmasked file: the message next to the field (a blank one too). */
	void requirePurpose(Errors errors) {
		if ((purpose == null || purpose.isBlank()) && !errors.hasFieldErrors("purpose")) {
			errors.rejectValue("purpose", "household.export.purpose.required");
		}
	}

	public String getPurpose() { return purpose; }
	public void setPurpose(String purpose) { this.purpose = purpose; }

}
