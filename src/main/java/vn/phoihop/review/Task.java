package vn.phoihop.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;
import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * A task (Nhiệm vụ) a review assigns to a cadre of the post, optionally about a village or a household. OVERDUE is
 * not stored: an OPEN task whose due date has passed.
 */
@Entity
@Table(name = "review_task")
public class Task extends BaseEntity implements Auditable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "review_id")
	private MonthlyReview review;

	@Column(name = "cadre_id", nullable = false)
	private Long cadreId;

	@Column(name = "assignee_user_id")
	private Long assigneeUserId;

	@Column(name = "village_id")
	private Long villageId;

	@Column(name = "household_id")
	private Long householdId;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(nullable = false)
	private String description;

	@Enumerated(EnumType.STRING)
	private TaskStatus status = TaskStatus.OPEN;

	@Column(name = "result_note")
	private String resultNote;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "done_by")
	private String doneBy;

	protected Task() {
	}

	Task(MonthlyReview review, Long cadreId, Long assigneeUserId, Long villageId, Long householdId, LocalDate dueDate,
			String description) {
		review.requireOpen();
		if (dueDate == null) {
			throw new BusinessRuleException("dueDate", "NotNull");
		}
		if (dueDate.isBefore(review.getYearMonth().atDay(1))) {
			throw new BusinessRuleException("dueDate", "task.dueDate.beforeMonth");
		}
		this.review = review;
		this.cadreId = cadreId;
		this.assigneeUserId = assigneeUserId;
		this.villageId = villageId;
		this.householdId = householdId;
		this.dueDate = dueDate;
		this.description = description;
	}

	/** OPEN (or overdue) → DONE with a note of the result. */
	void markDone(String note, String by) {
		if (status == TaskStatus.DONE) {
			throw new BusinessRuleException(null, "task.alreadyDone");
		}
		if (note == null || note.isBlank()) {
			throw new BusinessRuleException("resultNote", "task.resultNote.required");
		}
		this.resultNote = note.strip();
		this.status = TaskStatus.DONE;
		this.doneAt = Instant.now();
		this.doneBy = by;
	}

	/** The status as users see it on a day: OVERDUE when still open after the due date. */
	public TaskStatus statusOn(LocalDate day) {
		return status == TaskStatus.OPEN && dueDate.isBefore(day) ? TaskStatus.OVERDUE : status;
	}

	public TaskStatus getEffectiveStatus() {
		return statusOn(LocalDate.now());
	}

	public boolean isOverdue() {
		return getEffectiveStatus() == TaskStatus.OVERDUE;
	}

	public boolean isDone() {
		return status == TaskStatus.DONE;
	}

	public MonthlyReview getReview() { return review; }
	public Long getCadreId() { return cadreId; }
	public Long getAssigneeUserId() { return assigneeUserId; }
	public Long getVillageId() { return villageId; }
	public Long getHouseholdId() { return householdId; }
	public LocalDate getDueDate() { return dueDate; }
	public String getDescription() { return description; }
	public TaskStatus getStatus() { return status; }
	public String getResultNote() { return resultNote; }
	public Instant getDoneAt() { return doneAt; }
	public String getDoneBy() { return doneBy; }

	@Override
	public String auditType() {
		return "Task";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(review.getPostId());
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("reviewId", review.getId());
		m.put("cadreId", cadreId);
		m.put("villageId", villageId);
		m.put("householdId", householdId);
		m.put("dueDate", dueDate.toString());
		m.put("description", description);
		m.put("status", status.name());
		m.put("resultNote", resultNote);
		return m;
	}

	@Override
	public String toString() {
		return description;
	}

}
