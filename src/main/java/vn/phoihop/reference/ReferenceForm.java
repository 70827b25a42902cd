package vn.phoihop.reference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form of one reference value: a new one (its code typed) or an existing one (its code fixed). */
public class ReferenceForm {

	/** Whether the form adds a value (the code is typed) rather than edits one. */
	private boolean adding = true;

	@NotBlank
	@Pattern(regexp = "[A-Z][A-Z0-9_]*")
	@Size(max = 30)
	private String code;

	@NotBlank
	@Size(max = 160)
	private String labelVi;

	@NotBlank
	@Size(max = 160)
	private String labelEn;

	@NotNull
	@Min(value = 0)
	@Max(value = 9999)
	private Integer sortOrder;

	private boolean active = true;

	private boolean hasAttendees;

	private boolean hasParticipants;

	private boolean hasHouseholds;

	private String usualArea;

	static ReferenceForm from(ReferenceValue v) {
		ReferenceForm f = new ReferenceForm();
		f.adding = false;
		f.code = v.code();
		f.labelVi = v.labelVi();
		f.labelEn = v.labelEn();
		f.sortOrder = v.sortOrder();
		f.active = v.active();
		f.hasAttendees = v.hasAttendees();
		f.hasParticipants = v.hasParticipants();
		f.hasHouseholds = v.hasHouseholds();
		f.usualArea = v.usualArea();
		return f;
	}

	static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public boolean isAdding() { return adding; }
	public void setAdding(boolean adding) { this.adding = adding; }

	public String getCode() { return code; }
	public void setCode(String code) { this.code = strip(code); }

	public String getLabelVi() { return labelVi; }
	public void setLabelVi(String labelVi) { this.labelVi = strip(labelVi); }

	public String getLabelEn() { return labelEn; }
	public void setLabelEn(String labelEn) { this.labelEn = strip(labelEn); }

	public Integer getSortOrder() { return sortOrder; }
	public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }

	public boolean isActive() { return active; }
	public void setActive(boolean active) { this.active = active; }

	public boolean isHasAttendees() { return hasAttendees; }
	public void setHasAttendees(boolean hasAttendees) { this.hasAttendees = hasAttendees; }

	public boolean isHasParticipants() { return hasParticipants; }
	public void setHasParticipants(boolean hasParticipants) { this.hasParticipants = hasParticipants; }

	public boolean isHasHouseholds() { return hasHouseholds; }
	public void setHasHouseholds(boolean hasHouseholds) { this.hasHouseholds = hasHouseholds; }

	public String getUsualArea() { return usualArea; }
	public void setUsualArea(String usualArea) { this.usualArea = strip(usualArea); }

}
