package vn.phoihop.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The household create / edit form (never the entity itself). */
public class HouseholdForm {

	private Long id;

	private Integer version;

	@NotNull
	private Long villageId;

	@NotBlank
	@Size(max = 120)
	private String headName;

	/** The recorded count: required when no member is listed; when members are listed, their number. */
	@Min(1)
	@Max(50)
	private Integer members;

	@Valid
	private List<MemberRow> memberRows = new ArrayList<>();

	@NotBlank
	private String ethnicity;

	@Size(max = 60)
	private String localGroup;

	@Size(max = 20)
	@Pattern(regexp = "[0-9 +.]*", message = "{household.phone.invalid}")
	private String phone;

	@NotNull
	private PovertyStatus povertyStatus;

	@Min(1990)
	@Max(2100)
	private Integer escapedPovertyYear;

	private Long cadreId;

	@Size(max = 1000)
	private String notes;

	@NotNull
	private LegalBasis legalBasis = LegalBasis.PUBLIC_TASK;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate consentDate;

	private ConsentManner consentManner;

	/**
	 * A consent needs the day it was given, not after today, and how it was given; each missing part is an error next
	 * to its field (the other fields' errors are shown with it). A public task ignores both.
	 */
	void checkLegalBasis(Errors errors, LocalDate today) {
		if (legalBasis != LegalBasis.CONSENT) {
			return;
		}
		if (consentDate == null && !errors.hasFieldErrors("consentDate")) {
			errors.rejectValue("consentDate", "household.consentDate.required");
		}
		else if (consentDate != null && consentDate.isAfter(today)) {
			errors.rejectValue("consentDate", "household.consentDate.future");
		}
		if (consentManner == null && !errors.hasFieldErrors("consentManner")) {
			errors.rejectValue("consentManner", "household.consentManner.required");
		}
	}

	/**
	 * The listed members: each row not left blank needs a name and a relation, a year of birth not after this year;
	 * with no member listed the count is required. Each error is put next to its field.
	 */
	void checkMembers(Errors errors, int currentYear) {
		int listed = 0;
		for (int i = 0; i < memberRows.size(); i++) {
			MemberRow r = memberRows.get(i);
			if (r == null || r.isBlank()) {
				continue;
			}
			listed++;
			String row = "memberRows[" + i + "].";
			if ((r.getFullName() == null || r.getFullName().isBlank()) && !errors.hasFieldErrors(row + "fullName")) {
				errors.rejectValue(row + "fullName", "member.fullName.required");
			}
			if (r.getRelation() == null && !errors.hasFieldErrors(row + "relation")) {
				errors.rejectValue(row + "relation", "member.relation.required");
			}
			if (r.getBirthYear() != null && r.getBirthYear() > currentYear && !errors.hasFieldErrors(row + "birthYear")) {
				errors.rejectValue(row + "birthYear", "member.birthYear.future");
			}
		}
		if (listed > 50) {
			errors.rejectValue("members", "member.tooMany");
		}
		if (listed == 0 && members == null && !errors.hasFieldErrors("members")) {
			errors.rejectValue("members", "NotNull");
		}
	}

	/** The rows not left blank, as values. */
	List<MemberValues> listedMembers() {
		return memberRows.stream().filter(r -> r != null && !r.isBlank()).map(MemberRow::values).toList();
	}

	/** Adds an empty member row (the form's "add a member" without JavaScript). */
	void addMemberRow() {
		memberRows.add(new MemberRow());
	}

	/** Removes a member row (the row's "remove" without JavaScript); an index out of range changes nothing. */
	void removeMemberRow(int index) {
		if (index >= 0 && index < memberRows.size()) {
			memberRows.remove(index);
		}
	}

	static HouseholdForm from(Household h) {
		HouseholdForm f = new HouseholdForm();
		f.id = h.getId();
		f.version = h.getVersion();
		f.villageId = h.getVillageId();
		f.headName = h.getHeadName();
		f.members = h.getMembers();
		h.getMemberList().forEach(m -> f.memberRows.add(MemberRow.from(m)));
		f.ethnicity = h.getEthnicity();
		f.localGroup = h.getLocalGroup();
		f.phone = h.getPhone();
		f.povertyStatus = h.getPovertyStatus();
		f.escapedPovertyYear = h.getEscapedPovertyYear();
		f.cadreId = h.getCadreId();
		f.notes = h.getNotes();
		f.legalBasis = h.getLegalBasis();
		f.consentDate = h.getConsentDate();
		f.consentManner = h.getConsentManner();
		return f;
	}

	public Long getId() { return id; }
	public void setId(Long id) { this.id = id; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public Long getVillageId() { return villageId; }
	public void setVillageId(Long villageId) { this.villageId = villageId; }
	public String getHeadName() { return headName; }
	public void setHeadName(String headName) { this.headName = headName; }
	public Integer getMembers() { return members; }
	public void setMembers(Integer members) { this.members = members; }
	public List<MemberRow> getMemberRows() { return memberRows; }
	public void setMemberRows(List<MemberRow> memberRows) { this.memberRows = memberRows; }
	public String getEthnicity() { return ethnicity; }
	public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
	public String getLocalGroup() { return localGroup; }
	public void setLocalGroup(String localGroup) { this.localGroup = localGroup; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public PovertyStatus getPovertyStatus() { return povertyStatus; }
	public void setPovertyStatus(PovertyStatus povertyStatus) { this.povertyStatus = povertyStatus; }
	public Integer getEscapedPovertyYear() { return escapedPovertyYear; }
	public void setEscapedPovertyYear(Integer escapedPovertyYear) { this.escapedPovertyYear = escapedPovertyYear; }
	public Long getCadreId() { return cadreId; }
	public void setCadreId(Long cadreId) { this.cadreId = cadreId; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public LegalBasis getLegalBasis() { return legalBasis; }
	public void setLegalBasis(LegalBasis legalBasis) { this.legalBasis = legalBasis; }
	public LocalDate getConsentDate() { return consentDate; }
	public void setConsentDate(LocalDate consentDate) { this.consentDate = consentDate; }
	public ConsentManner getConsentManner() { return consentManner; }
	public void setConsentManner(ConsentManner consentManner) { this.consentManner = consentManner; }

}
