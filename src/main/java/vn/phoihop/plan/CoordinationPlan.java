package vn.phoihop.plan;

import java.time.Instant;
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
 * A yearly coordination plan (kế hoạch phối hợp năm) of one agreement, owned by the agreement's post. It guards its
 * life: items are added, changed and removed only while it is a draft ({@link #requireDraft}); approving needs at
 * least one item; only an approved plan goes back to draft. Who may do what is {@code PlanAccess}'s.
 */
@Entity
@Table(name = "coordination_plan")
public class CoordinationPlan extends BaseEntity implements Auditable {

	@Column(name = "agreement_id")
	private Long agreementId;

	@Column(name = "post_id")
	private Long postId;

	private int year;

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.DRAFT;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("month, plannedOn, id")
	private List<PlannedItem> items = new ArrayList<>();

	protected CoordinationPlan() {
	}

	CoordinationPlan(Long agreementId, Long postId, int year) {
		this.agreementId = agreementId;
		this.postId = postId;
		this.year = year;
	}

	/** Refuses a change of the plan's items once it is approved: the commander returns it to draft first. */
	void requireDraft() {
		if (status != PlanStatus.DRAFT) {
			throw new BusinessRuleException(null, "plan.approved.locked");
		}
	}

	/** A new item of this draft plan (its values are given by {@link PlannedItem#describe}). */
	PlannedItem newItem() {
		requireDraft();
		PlannedItem item = new PlannedItem(this);
		items.add(item);
		return item;
	}

	void remove(PlannedItem item) {
		requireDraft();
		items.remove(item);
	}

	void approve(String by, Instant at) {
		requireDraft();
		if (items.isEmpty()) {
			throw new BusinessRuleException(null, "plan.approve.empty");
		}
		status = PlanStatus.APPROVED;
		approvedBy = by;
		approvedAt = at;
	}

	/** Back to draft (the reason goes to the audit trail); the items keep how they went. */
	void reopen() {
		if (status != PlanStatus.APPROVED) {
			throw new BusinessRuleException(null, "plan.reopen.notApproved");
		}
		status = PlanStatus.DRAFT;
		approvedBy = null;
		approvedAt = null;
	}

	public boolean isDraft() {
		return status == PlanStatus.DRAFT;
	}

	public boolean isApproved() {
		return status == PlanStatus.APPROVED;
	}

	public Long getAgreementId() {
		return agreementId;
	}

	public Long getPostId() {
		return postId;
	}

	public int getYear() {
		return year;
	}

	public PlanStatus getStatus() {
		return status;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public List<PlannedItem> getItems() {
		return items;
	}

	@Override
	public String auditType() {
		return "CoordinationPlan";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(postId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("agreementId", agreementId);
		m.put("postId", postId);
		m.put("year", year);
		m.put("status", status.name());
		m.put("approvedBy", approvedBy);
		return m;
	}

	@Override
	public String toString() {
		return "CoordinationPlan#" + getId() + " " + year;
	}

}
