package vn.phoihop.situation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;
import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * An item of the situation register (tin, vụ việc). It guards its follow-up: a move the current status does not allow
 * is refused ({@link FollowUp#next()}), and each move is kept with its day and note. A restricted item's content is
 * read only by the commander and its author ({@code SituationAccess}); its audit snapshots hold no content, since the
 * administrator reads every audit event.
 */
@Entity
@Table(name = "situation_item")
public class SituationItem extends BaseEntity implements Auditable {

	@Column(name = "commune_id")
	private Long communeId;

	@Column(name = "village_id")
	private Long villageId;

	@Column(name = "marker_id")
	private Long markerId;

	@Column(name = "activity_id")
	private Long activityId;

	@Column(name = "occurred_on")
	private LocalDate occurredOn;

	@Column(name = "occurred_time")
	private LocalTime occurredTime;

	@Column(name = "category_id")
	private Long categoryId;

	@Enumerated(EnumType.STRING)
	private Source source;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	private String summary;

	@Column(name = "what_happened")
	private String whatHappened;

	@Column(name = "action_taken")
	private String actionTaken;

	@Enumerated(EnumType.STRING)
	private FollowUp status = FollowUp.NEW;

	private boolean restricted;

	@Column(name = "recorded_by")
	private String recordedBy;

	@OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("changedAt, id")
	private List<StatusChange> history = new ArrayList<>();

	protected SituationItem() {
	}

	SituationItem(Long communeId, String recordedBy) {
		this.communeId = communeId;
		this.recordedBy = recordedBy;
	}

	/** The values of the form (what, where, when); the status moves only through {@link #follow}. */
	void describe(Long villageId, Long markerId, Long activityId, LocalDate occurredOn, LocalTime occurredTime,
			Long categoryId, Source source, Severity severity, String summary, String whatHappened,
			String actionTaken, boolean restricted) {
		this.villageId = villageId;
		this.markerId = markerId;
		this.activityId = activityId;
		this.occurredOn = occurredOn;
		this.occurredTime = occurredTime;
		this.categoryId = categoryId;
		this.source = source;
		this.severity = severity;
		this.summary = summary;
		this.whatHappened = whatHappened;
		this.actionTaken = actionTaken;
		this.restricted = restricted;
	}

	/**
	 * Moves the follow-up to {@code to} on {@code day} with what was done; refused when the current status does not
	 * allow it, or when the day is before the item happened. A note given is also the item's latest action taken.
	 */
	StatusChange follow(FollowUp to, LocalDate day, String note, String by) {
		if (to == null || !status.next().contains(to)) {
			throw new BusinessRuleException("status", "situation.status.notAllowed");
		}
		if (day == null) {
			throw new BusinessRuleException("changedOn", "NotNull");
		}
		if (occurredOn != null && day.isBefore(occurredOn)) {
			throw new BusinessRuleException("changedOn", "situation.status.beforeOccurred");
		}
		if (to != FollowUp.FOLLOWING && (note == null || note.isBlank())) {
			throw new BusinessRuleException("note", "situation.status.noteNeeded");
		}
		this.status = to;
		if (note != null && !note.isBlank()) {
			this.actionTaken = actionTaken == null || actionTaken.isBlank() ? note : actionTaken + "\n" + note;
		}
		StatusChange change = new StatusChange(this, day, to, note, by);
		history.add(change);
		return change;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public Long getVillageId() {
		return villageId;
	}

	public Long getMarkerId() {
		return markerId;
	}

	public Long getActivityId() {
		return activityId;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public LocalTime getOccurredTime() {
		return occurredTime;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public Source getSource() {
		return source;
	}

	public Severity getSeverity() {
		return severity;
	}

	public String getSummary() {
		return summary;
	}

	public String getWhatHappened() {
		return whatHappened;
	}

	public String getActionTaken() {
		return actionTaken;
	}

	public FollowUp getStatus() {
		return status;
	}

	public boolean isRestricted() {
		return restricted;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public List<StatusChange> getHistory() {
		return history;
	}

	@Override
	public String auditType() {
		return "SituationItem";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(communeId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("communeId", communeId);
		m.put("occurredOn", occurredOn == null ? null : occurredOn.toString());
		m.put("categoryId", categoryId);
		m.put("status", status == null ? null : status.name());
		m.put("restricted", restricted);
		if (!restricted) {
			m.put("villageId", villageId);
			m.put("markerId", markerId);
			m.put("activityId", activityId);
			m.put("occurredTime", occurredTime == null ? null : occurredTime.toString());
			m.put("source", source == null ? null : source.name());
			m.put("severity", severity == null ? null : severity.name());
			m.put("summary", summary);
			m.put("whatHappened", whatHappened);
			m.put("actionTaken", actionTaken);
		}
		return m;
	}

	/** Written on each audit event as its summary: no content, so a restricted item's events reveal none. */
	@Override
	public String toString() {
		return "SituationItem#" + getId();
	}

}
