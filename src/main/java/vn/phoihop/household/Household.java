package vn.phoihop.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/**
 * A household (hộ gia đình): personal data (docs/design.md §6). Its commune is the one it was registered in (the
 * user's current commune for new records); its village may belong to a predecessor commune. Archived, never deleted.
 */
@Entity
@Table(name = "household")
public class Household extends BaseEntity implements Auditable {

	@Column(name = "commune_id")
	private Long communeId;

	@Column(name = "village_id")
	private Long villageId;

	@Column(name = "head_name")
	private String headName;

	/** The head's name normalised for search (V044: computed and stored by PostgreSQL, never written here). */
	@Column(name = "head_key", insertable = false, updatable = false)
	private String headKey;

	private int members;

	private String ethnicity;

	@Column(name = "local_group")
	private String localGroup;

	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(name = "poverty_status")
	private PovertyStatus povertyStatus;

	@Column(name = "escaped_poverty_year")
	private Integer escapedPovertyYear;

	@Column(name = "cadre_id")
	private Long cadreId;

	private String notes;

	private boolean archived;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_basis")
	private LegalBasis legalBasis = LegalBasis.PUBLIC_TASK;

	@Column(name = "consent_date")
	private LocalDate consentDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "consent_manner")
	private ConsentManner consentManner;
	/** When the personal fields were replaced by a placeholder (a request to delete, or the retention period). */
	@Column(name = "anonymised_at")
	private Instant anonymisedAt;

	@ElementCollection
	@CollectionTable(name = "household_poverty", joinColumns = @JoinColumn(name = "household_id"))
	private List<PovertyRecord> povertyHistory = new ArrayList<>();

	/** The listed members (V090), in their order; none for a record that keeps only its count. */
	@OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<HouseholdMember> memberList = new ArrayList<>();

	protected Household() {
	}

	Household(Long communeId) {
		this.communeId = communeId;
	}

	/** Applies the form's values; a change of poverty status is written into this year's history. */
	void update(Long villageId, String headName, int members, String ethnicity, String localGroup, String phone,
			PovertyStatus status, Integer escapedPovertyYear, Long cadreId, String notes, int currentYear) {
		this.villageId = villageId;
		this.headName = headName;
		this.members = members;
		this.ethnicity = ethnicity;
		this.localGroup = localGroup;
		this.phone = phone;
		if (this.povertyStatus != null && this.povertyStatus.isPoorOrNear()
				&& status == PovertyStatus.NOT_POOR && escapedPovertyYear == null) {
			escapedPovertyYear = currentYear;
		}
		this.escapedPovertyYear = escapedPovertyYear;
		if (status != this.povertyStatus) {
			this.povertyStatus = status;
			recordPoverty(currentYear, status);
		}
		this.cadreId = cadreId;
		this.notes = notes;
	}

	/**
	 * Sets the legal basis: a consent needs the day it was given and how (V058 checks the same); a public task keeps
	 * neither.
	 */
	void basedOn(LegalBasis basis, LocalDate consentDate, ConsentManner consentManner) {
		if (basis == LegalBasis.CONSENT && (consentDate == null || consentManner == null)) {
			throw new IllegalArgumentException("a consent needs its date and manner");
		}
		this.legalBasis = basis == null ? LegalBasis.PUBLIC_TASK : basis;
		this.consentDate = this.legalBasis == LegalBasis.CONSENT ? consentDate : null;
		this.consentManner = this.legalBasis == LegalBasis.CONSENT ? consentManner : null;
	}

	/**
	 * Lists the members given, in their order: a value with the id of a listed member updates it, one without adds a
	 * member, a listed member not given is removed. The member count follows the list where it is not empty (issue 24
	 * §4); an empty list keeps the recorded count. The caller checks first that no removed member is referred to.
	 */
	void listMembers(List<MemberValues> values) {
		Map<Long, HouseholdMember> current = new LinkedHashMap<>();
		memberList.forEach(m -> current.put(m.getId(), m));
		List<HouseholdMember> listed = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			MemberValues v = values.get(i);
			HouseholdMember m = v.id() == null ? null : current.remove(v.id());
			if (m == null) {
				m = new HouseholdMember(this);
			}
			m.update(i + 1, v);
			listed.add(m);
		}
		memberList.clear();
		memberList.addAll(listed);
		if (!memberList.isEmpty()) {
			this.members = memberList.size();
		}
	}

	/** The ids of the listed members that the values given would remove. */
	List<Long> membersRemovedBy(List<MemberValues> values) {
		List<Long> kept = values.stream().map(MemberValues::id).filter(Objects::nonNull).toList();
		return memberList.stream().map(HouseholdMember::getId).filter(id -> id != null && !kept.contains(id)).toList();
	}

	void recordPoverty(int year, PovertyStatus status) {
		for (PovertyRecord r : povertyHistory) {
			if (r.getYear() == year) {
				r.setStatus(status);
				return;
			}
		}
		povertyHistory.add(new PovertyRecord(year, status));
	}

	/** Guarded transition: archiving hides the household from lists; its history stays. */
	void archive() {
		if (archived) {
			throw new IllegalStateException("already archived");
		}
		archived = true;
	}

	/**
	 * Replaces the personal fields by the placeholder (the head's name and the ethnicity; each listed member's name
	 * followed by its position) or nothing (the local group, phone, notes; a member's year of birth, sex and school
	 * level); the commune, village, member count and rows, poverty status and history stay, so every figure stays
	 * exact.
	 */
	void anonymise(String placeholder, Instant at) {
		if (anonymisedAt != null) {
			throw new IllegalStateException("already anonymised");
		}
		this.headName = placeholder;
		this.ethnicity = placeholder;
		this.localGroup = null;
		this.phone = null;
		this.notes = null;
		for (HouseholdMember m : memberList) {
			m.anonymise(placeholder + "." + m.getPosition());
		}
		this.anonymisedAt = at;
	}

	void restore() {
		archived = false;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public Long getVillageId() {
		return villageId;
	}

	public String getHeadName() {
		return headName;
	}

	public int getMembers() {
		return members;
	}

	public String getEthnicity() {
		return ethnicity;
	}

	public String getLocalGroup() {
		return localGroup;
	}

	public String getPhone() {
		return phone;
	}

	public PovertyStatus getPovertyStatus() {
		return povertyStatus;
	}

	public Integer getEscapedPovertyYear() {
		return escapedPovertyYear;
	}

	public Long getCadreId() {
		return cadreId;
	}

	public String getNotes() {
		return notes;
	}

	public boolean isArchived() {
		return archived;
	}

	public LegalBasis getLegalBasis() {
		return legalBasis;
	}

	public LocalDate getConsentDate() {
		return consentDate;
	}

	public ConsentManner getConsentManner() {
		return consentManner;
	}

	public boolean isAnonymised() {
		return anonymisedAt != null;
	}

	public Instant getAnonymisedAt() {
		return anonymisedAt;
	}

	/** The listed members in their order (empty for a record that keeps only its count). */
	public List<HouseholdMember> getMemberList() {
		return Collections.unmodifiableList(memberList);
	}

	/** Whether the members are listed (the count then follows the list). */
	public boolean hasMemberList() {
		return !memberList.isEmpty();
	}

	public List<PovertyRecord> getPovertyHistory() {
		return povertyHistory.stream().sorted(Comparator.comparingInt(PovertyRecord::getYear)).toList();
	}

	@Override
	public String auditType() {
		return "Household";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(communeId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("communeId", communeId);
		m.put("villageId", villageId);
		m.put("headName", headName);
		m.put("members", members);
		m.put("ethnicity", ethnicity);
		m.put("localGroup", localGroup);
		m.put("phone", phone);
		m.put("povertyStatus", povertyStatus == null ? null : povertyStatus.name());
		m.put("escapedPovertyYear", escapedPovertyYear);
		m.put("cadreId", cadreId);
		m.put("notes", notes);
		m.put("archived", archived);
		m.put("legalBasis", legalBasis == null ? null : legalBasis.name());
		m.put("consentDate", consentDate == null ? null : consentDate.toString());
		m.put("consentManner", consentManner == null ? null : consentManner.name());
		m.put("memberList", memberList.stream().map(HouseholdMember::auditLine).toList());
		return m;
	}

	@Override
	public String toString() {
		return "#" + getId();
	}

}
