package vn.phoihop.privacy.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;
import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * A request of a person concerned about a household's data (docs/privacy.md §3). It guards its own moves: started
 * once, extended once by at most the allowed days with a reason, answered or refused (with the reason) while open;
 * a request to delete may anonymise its household once.
 */
@Entity
@Table(name = "privacy_request")
public class PersonalDataRequest extends BaseEntity implements Auditable {

	@Column(name = "household_id")
	private Long householdId;

	@Column(name = "commune_id")
	private Long communeId;

	@Enumerated(EnumType.STRING)
	private RequestKind kind;

	@Column(name = "requester_name")
	private String requesterName;

	@Column(name = "person_name")
	private String personName;

	private String details;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	@Column(name = "acknowledge_by")
	private LocalDate acknowledgeBy;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	@Column(name = "extension_days")
	private Integer extensionDays;

	@Column(name = "extension_reason")
	private String extensionReason;

	private String answer;

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "anonymised_at")
	private Instant anonymisedAt;

	protected PersonalDataRequest() {
	}

	PersonalDataRequest(Long householdId, Long communeId, RequestKind kind, String requesterName, String personName,
			String details, LocalDate receivedOn, RequestDeadlines deadlines) {
		this.householdId = householdId;
		this.communeId = communeId;
		this.kind = kind;
		this.requesterName = requesterName;
		this.personName = personName;
		this.details = details;
		this.receivedOn = receivedOn;
		this.acknowledgeBy = deadlines.acknowledgeBy(receivedOn);
		this.dueOn = deadlines.due(kind, receivedOn);
		this.status = RequestStatus.RECEIVED;
	}

	private void requireOpen() {
		if (!status.open()) {
			throw new BusinessRuleException(null, "privacy.request.err.closed");
		}
	}

	/** Work on it has started (the acknowledgement was given). */
	void start() {
		if (status != RequestStatus.RECEIVED) {
			throw new BusinessRuleException(null, "privacy.request.err.started");
		}
		status = RequestStatus.IN_PROGRESS;
	}

	/** The one extension the decree allows, by at most {@code max} days, with the reason told to the person. */
	void extend(int days, String reason, int max) {
		requireOpen();
		if (extensionDays != null) {
			throw new BusinessRuleException(null, "privacy.request.err.extendedOnce");
		}
		if (days < 1 || days > max) {
			throw new BusinessRuleException("days", "privacy.request.err.extensionDays", max);
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "privacy.request.err.reason");
		}
		extensionDays = days;
		extensionReason = reason.strip();
		dueOn = dueOn.plusDays(days);
		status = RequestStatus.EXTENDED;
	}

	void answer(String text, LocalDate on, Instant at) {
		close(text, on, at, "answer");
		status = RequestStatus.ANSWERED;
	}

	void refuse(String reason, LocalDate on, Instant at) {
		close(reason, on, at, "reason");
		status = RequestStatus.REFUSED;
	}

	private void close(String text, LocalDate on, Instant at, String field) {
		requireOpen();
		if (text == null || text.isBlank()) {
			throw new BusinessRuleException(field, "privacy.request.err." + field);
		}
		if (on == null || on.isBefore(receivedOn)) {
			throw new BusinessRuleException("answeredOn", "privacy.request.err.answeredOn");
		}
		answer = text.strip();
		answeredOn = on;
		closedAt = at;
	}

	/** A request to delete, not refused, anonymises its household once. */
	void anonymised(Instant at) {
		if (kind != RequestKind.DELETE || status == RequestStatus.REFUSED) {
			throw new BusinessRuleException(null, "privacy.request.err.notDelete");
		}
		if (anonymisedAt != null) {
			throw new BusinessRuleException(null, "privacy.request.err.anonymised");
		}
		anonymisedAt = at;
	}

	public boolean overdue(LocalDate today) {
		return status.open() && today.isAfter(dueOn);
	}

	public boolean mayAnonymise() {
		return kind == RequestKind.DELETE && status != RequestStatus.REFUSED && anonymisedAt == null;
	}

	public Long getHouseholdId() {
		return householdId;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public RequestKind getKind() {
		return kind;
	}

	public String getRequesterName() {
		return requesterName;
	}

	public String getPersonName() {
		return personName;
	}

	public String getDetails() {
		return details;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public LocalDate getAcknowledgeBy() {
		return acknowledgeBy;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public Integer getExtensionDays() {
		return extensionDays;
	}

	public String getExtensionReason() {
		return extensionReason;
	}

	public String getAnswer() {
		return answer;
	}

	public LocalDate getAnsweredOn() {
		return answeredOn;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getAnonymisedAt() {
		return anonymisedAt;
	}

	@Override
	public String auditType() {
		return "PrivacyRequest";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(communeId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("householdId", householdId);
		m.put("kind", kind.name());
		m.put("receivedOn", String.valueOf(receivedOn));
		m.put("dueOn", String.valueOf(dueOn));
		m.put("status", status.name());
		m.put("extensionDays", extensionDays);
		m.put("extensionReason", extensionReason);
		m.put("answeredOn", answeredOn == null ? null : answeredOn.toString());
		m.put("anonymised", anonymisedAt != null);
		return m;
	}

	@Override
	public String toString() {
		return "#" + getId();
	}

}
