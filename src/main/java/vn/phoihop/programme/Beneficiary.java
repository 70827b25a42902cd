package vn.phoihop.programme;

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

/**
 * Who a programme reaches (người / hộ thụ hưởng): a household, or a person of it (a household member). It keeps the
 * household's commune (its scope) and the day it joined; it leaves once, with the day and a reason, and then takes no
 * more support.
 */
@Entity
@Table(name = "programme_beneficiary")
public class Beneficiary extends BaseEntity implements Auditable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id")
	private Programme programme;

	@Column(name = "household_id")
	private Long householdId;

	@Column(name = "member_id")
	private Long memberId;

	@Column(name = "commune_id")
	private Long communeId;

	@Column(name = "joined_on")
	private LocalDate joinedOn;

	@Column(name = "left_on")
	private LocalDate leftOn;

	@Column(name = "leave_reason")
	private String leaveReason;

	protected Beneficiary() {
	}

	Beneficiary(Programme programme, long householdId, Long memberId, long communeId, LocalDate joinedOn) {
		this.programme = programme;
		this.householdId = householdId;
		this.memberId = memberId;
		this.communeId = communeId;
		this.joinedOn = joinedOn;
	}

	/** Leaves the programme: once, on a day not before joining, with a reason. */
	void leave(LocalDate on, String reason) {
		if (leftOn != null) {
			throw new IllegalStateException("already left");
		}
		if (on.isBefore(joinedOn) || reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a leave is dated on or after joining and has a reason");
		}
		this.leftOn = on;
		this.leaveReason = reason;
	}

	/** Whether support given on that day may be recorded: on or after joining, and not after leaving. */
	boolean takesSupportOn(LocalDate day) {
		return !day.isBefore(joinedOn) && (leftOn == null || !day.isAfter(leftOn));
	}

	public boolean isCurrent() {
		return leftOn == null;
	}

	public boolean isPerson() {
		return memberId != null;
	}

	public Programme getProgramme() {
		return programme;
	}

	public Long getHouseholdId() {
		return householdId;
	}

	public Long getMemberId() {
		return memberId;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public LocalDate getJoinedOn() {
		return joinedOn;
	}

	public LocalDate getLeftOn() {
		return leftOn;
	}

	public String getLeaveReason() {
		return leaveReason;
	}

	@Override
	public String auditType() {
		return "Beneficiary";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(communeId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("programmeId", programme.getId());
		m.put("householdId", householdId);
		m.put("memberId", memberId);
		m.put("joinedOn", joinedOn.toString());
		m.put("leftOn", leftOn == null ? null : leftOn.toString());
		m.put("leaveReason", leaveReason);
		return m;
	}

}
