package vn.phoihop.household;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/** A cadre put in charge of a village or of one household, from a date, until an optional end date. */
@Entity
@Table(name = "assignment")
public class Assignment extends BaseEntity implements Auditable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cadre_id")
	private Cadre cadre;

	@Column(name = "village_id")
	private Long villageId;

	@Column(name = "household_id")
	private Long householdId;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	protected Assignment() {
	}

	Assignment(Cadre cadre, Long villageId, Long householdId, LocalDate validFrom, LocalDate validTo) {
		if ((villageId == null) == (householdId == null)) {
			throw new IllegalArgumentException("a village or a household");
		}
		this.cadre = cadre;
		this.villageId = villageId;
		this.householdId = householdId;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	/** Guarded transition: an open assignment ends on a day not before it started. */
	void end(LocalDate day) {
		if (validTo != null) {
			throw new IllegalStateException("already ended");
		}
		this.validTo = day.isBefore(validFrom) ? validFrom : day;
	}

	public boolean isActiveOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	public Cadre getCadre() {
		return cadre;
	}

	public Long getVillageId() {
		return villageId;
	}

	public Long getHouseholdId() {
		return householdId;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	@Override
	public String auditType() {
		return "Assignment";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(cadre.getPostId());
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("cadreId", cadre.getId());
		m.put("villageId", villageId);
		m.put("householdId", householdId);
		m.put("validFrom", validFrom == null ? null : validFrom.toString());
		m.put("validTo", validTo == null ? null : validTo.toString());
		return m;
	}

	@Override
	public String toString() {
		return "#" + getId();
	}

}
