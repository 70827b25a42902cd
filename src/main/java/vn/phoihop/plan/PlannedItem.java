package vn.phoihop.plan;

import java.time.LocalDate;
import java.time.YearMonth;
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

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;
import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * A planned item (nội dung kế hoạch): what, in which content area, in which month (optionally on a day), where, in
 * which commune of the agreement, led by the post or by that commune, with how many participants expected; and how it
 * went. Its values change only while its plan is a draft; how it went is recorded only once the plan is approved and
 * the item's month has begun, partly done and not done with their reason.
 */
@Entity
@Table(name = "planned_item")
public class PlannedItem extends BaseEntity implements Auditable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private CoordinationPlan plan;

	private int month;

	@Column(name = "planned_on")
	private LocalDate plannedOn;

	private String title;

	private String content;

	@Column(name = "content_area")
	private ContentArea contentArea;

	@Column(name = "commune_id")
	private Long communeId;

	@Enumerated(EnumType.STRING)
	@Column(name = "led_by")
	private Lead ledBy;

	private String place;

	@Column(name = "expected_participants")
	private Integer expectedParticipants;

	@Enumerated(EnumType.STRING)
	private ItemStatus status = ItemStatus.OPEN;

	@Column(name = "status_reason")
	private String statusReason;

	@Column(name = "status_on")
	private LocalDate statusOn;

	@Column(name = "status_by")
	private String statusBy;

	protected PlannedItem() {
	}

	PlannedItem(CoordinationPlan plan) {
		this.plan = plan;
	}

	/** The form's values; refused once the plan is approved, or for a day outside the item's month of the plan's year. */
	void describe(int month, LocalDate plannedOn, String title, String content, ContentArea contentArea,
			Long communeId, Lead ledBy, String place, Integer expectedParticipants) {
		plan.requireDraft();
		if (month < 1 || month > 12) {
			throw new BusinessRuleException("month", "plan.item.month.invalid");
		}
		if (plannedOn != null && !YearMonth.from(plannedOn).equals(YearMonth.of(plan.getYear(), month))) {
			throw new BusinessRuleException("plannedOn", "plan.item.day.outsideMonth");
		}
		this.month = month;
		this.plannedOn = plannedOn;
		this.title = title;
		this.content = content;
		this.contentArea = contentArea;
		this.communeId = communeId;
		this.ledBy = ledBy;
		this.place = place;
		this.expectedParticipants = expectedParticipants;
	}

	/**
	 * Records how the item went on {@code on}: only in an approved plan and from the item's month on; partly done and
	 * not done need their reason; open again clears what was recorded.
	 */
	void record(ItemStatus to, String reason, LocalDate on, String by) {
		if (!plan.isApproved()) {
			throw new BusinessRuleException(null, "plan.item.status.notApproved");
		}
		if (to == null) {
			throw new BusinessRuleException("status", "NotNull");
		}
		boolean blank = reason == null || reason.isBlank();
		if (to.needsReason() && blank) {
			throw new BusinessRuleException("reason", "plan.item.status.reasonNeeded");
		}
		if (to != ItemStatus.OPEN && (on == null || on.isBefore(yearMonth().atDay(1)))) {
			throw new BusinessRuleException("status", "plan.item.status.notYet");
		}
		this.status = to;
		this.statusReason = to == ItemStatus.OPEN || blank ? null : reason;
		this.statusOn = to == ItemStatus.OPEN ? null : on;
		this.statusBy = to == ItemStatus.OPEN ? null : by;
	}

	public YearMonth yearMonth() {
		return YearMonth.of(plan.getYear(), month);
	}

	public CoordinationPlan getPlan() {
		return plan;
	}

	public int getMonth() {
		return month;
	}

	public LocalDate getPlannedOn() {
		return plannedOn;
	}

	public String getTitle() {
		return title;
	}

	public String getContent() {
		return content;
	}

	public ContentArea getContentArea() {
		return contentArea;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public Lead getLedBy() {
		return ledBy;
	}

	public String getPlace() {
		return place;
	}

	public Integer getExpectedParticipants() {
		return expectedParticipants;
	}

	public ItemStatus getStatus() {
		return status;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public LocalDate getStatusOn() {
		return statusOn;
	}

	public String getStatusBy() {
		return statusBy;
	}

	@Override
	public String auditType() {
		return "PlannedItem";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(plan.getPostId());
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("planId", plan.getId());
		m.put("month", month);
		m.put("plannedOn", plannedOn == null ? null : plannedOn.toString());
		m.put("title", title);
		m.put("content", content);
		m.put("contentArea", contentArea == null ? null : contentArea.name());
		m.put("communeId", communeId);
		m.put("ledBy", ledBy == null ? null : ledBy.name());
		m.put("place", place);
		m.put("expectedParticipants", expectedParticipants);
		m.put("status", status.name());
		m.put("statusReason", statusReason);
		m.put("statusOn", statusOn == null ? null : statusOn.toString());
		return m;
	}

	@Override
	public String toString() {
		return "PlannedItem#" + getId() + " " + title;
	}

}
