package vn.phoihop.border;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One inspection of a marker: the day, the condition found, by whom; optionally the patrol it was part of. */
@Entity
@Table(name = "marker_inspection")
public class MarkerInspection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "marker_id")
	private Long markerId;

	@Column(name = "inspected_on")
	private LocalDate inspectedOn;

	@Enumerated(EnumType.STRING)
	private MarkerCondition condition;

	@Column(name = "inspected_by")
	private String inspectedBy;

	private String note;

	@Column(name = "activity_id")
	private Long activityId;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected MarkerInspection() {
	}

	MarkerInspection(Long markerId, LocalDate inspectedOn, MarkerCondition condition, String inspectedBy, String note,
			Long activityId, String recordedBy) {
		this.markerId = markerId;
		this.inspectedOn = inspectedOn;
		this.condition = condition;
		this.inspectedBy = inspectedBy;
		this.note = note;
		this.activityId = activityId;
		this.recordedBy = recordedBy;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Long getMarkerId() {
		return markerId;
	}

	public LocalDate getInspectedOn() {
		return inspectedOn;
	}

	public MarkerCondition getCondition() {
		return condition;
	}

	public String getInspectedBy() {
		return inspectedBy;
	}

	public String getNote() {
		return note;
	}

	public Long getActivityId() {
		return activityId;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
