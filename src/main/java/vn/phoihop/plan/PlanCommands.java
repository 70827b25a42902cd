package vn.phoihop.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.Agreement;
import vn.phoihop.agreement.AgreementService;
import vn.phoihop.agreement.AgreementStatus;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;

/**
 * The plans' writes: a new plan, its items (added, changed, removed while it is a draft), approving it and returning it
 * to draft, and how an item went. Each write locks its plan first, so an item is never saved into a plan being
 * approved, and is audited under the plan's post in its own transaction.
 */
@Service
@Transactional
class PlanCommands {

	static final String APPROVE = "APPROVE";

	static final String REOPEN = "REOPEN";

	static final String STATUS = "STATUS";

	private final CoordinationPlanRepository plans;

	private final PlannedItemRepository items;

	private final PlanAccess access;

	private final AgreementService agreements;

	private final AuditService audit;

	private final ObjectProvider<PlanActivities> activities;

	PlanCommands(CoordinationPlanRepository plans, PlannedItemRepository items, PlanAccess access,
			AgreementService agreements, AuditService audit, ObjectProvider<PlanActivities> activities) {
		this.plans = plans;
		this.items = items;
		this.access = access;
		this.agreements = agreements;
		this.audit = audit;
		this.activities = activities;
	}

	Long create(CurrentUser user, PlanForms.NewPlan f) {
		if (!access.mayCreate(user)) {
			throw new AccessDeniedException("plans");
		}
		Agreement a = agreements.find(f.getAgreementId()).orElse(null);
		if (a == null || !a.getPostId().equals(user.postId()) || a.getStatus() == AgreementStatus.DRAFT) {
			throw new BusinessRuleException("agreementId", "plan.agreement.notOffered");
		}
		if (f.getYear() < a.getValidFrom().getYear() || f.getYear() > a.getValidTo().getYear()) {
			throw new BusinessRuleException("year", "plan.year.outsideAgreement",
					String.valueOf(a.getValidFrom().getYear()), String.valueOf(a.getValidTo().getYear()));
		}
		if (plans.existsByAgreementIdAndYear(a.getId(), f.getYear())) {
			throw new BusinessRuleException("year", "plan.exists");
		}
		CoordinationPlan plan = plans.saveAndFlush(new CoordinationPlan(a.getId(), a.getPostId(), f.getYear()));
		audit.record(AuditService.CREATE, plan, null);
		return plan.getId();
	}

	void approve(CurrentUser user, Long planId, Integer version) {
		CoordinationPlan plan = locked(user, planId);
		if (!access.mayApprove(user, plan)) {
			throw new AccessDeniedException("plan approval");
		}
		plan.checkVersion(version);
		Map<String, Object> before = plan.auditSnapshot();
		plan.approve(user.username(), Instant.now());
		plans.saveAndFlush(plan);
		audit.record(APPROVE, plan, null, before, plan.auditSnapshot());
	}

	void reopen(CurrentUser user, Long planId, PlanForms.Reopen f) {
		CoordinationPlan plan = locked(user, planId);
		if (!access.mayApprove(user, plan)) {
			throw new AccessDeniedException("plan approval");
		}
		plan.checkVersion(f.getVersion());
		Map<String, Object> before = plan.auditSnapshot();
		plan.reopen();
		plans.saveAndFlush(plan);
		audit.record(REOPEN, plan, f.getReason(), before, plan.auditSnapshot());
	}

	Long addItem(CurrentUser user, Long planId, PlanForms.Item f) {
		CoordinationPlan plan = locked(user, planId);
		Agreement a = agreement(plan);
		if (!access.mayAddItems(user, plan, a.getCommuneIds())) {
			if (plan.isApproved() && !access.itemCommunes(user, plan, a.getCommuneIds()).isEmpty()) {
				throw new BusinessRuleException(null, "plan.approved.locked");
			}
			throw new AccessDeniedException("plan items");
		}
		check(user, plan, a, f, null);
		PlannedItem item = plan.newItem();
		describe(item, f);
		items.saveAndFlush(item);
		audit.record(AuditService.CREATE, item, null);
		return item.getId();
	}

	void updateItem(CurrentUser user, Long planId, Long itemId, PlanForms.Item f) {
		CoordinationPlan plan = locked(user, planId);
		PlannedItem item = changeable(user, plan, itemId);
		item.checkVersion(f.getVersion());
		check(user, plan, agreement(plan), f, item);
		Map<String, Object> before = item.auditSnapshot();
		describe(item, f);
		items.saveAndFlush(item);
		audit.record(AuditService.UPDATE, item, before);
	}

	void deleteItem(CurrentUser user, Long planId, Long itemId, Integer version) {
		CoordinationPlan plan = locked(user, planId);
		PlannedItem item = changeable(user, plan, itemId);
		item.checkVersion(version);
		PlanActivities linked = activities.getIfAvailable();
		if (linked != null && linked.countsByItem(List.of(itemId)).getOrDefault(itemId, 0) > 0) {
			throw new BusinessRuleException(null, "plan.item.delete.linked");
		}
		audit.record(AuditService.DELETE, item, item.auditSnapshot());
		plan.remove(item);
		plans.flush();
	}

	void record(CurrentUser user, Long planId, Long itemId, PlanForms.Status f) {
		CoordinationPlan plan = locked(user, planId);
		PlannedItem item = changeable(user, plan, itemId);
		item.checkVersion(f.getVersion());
		Map<String, Object> before = item.auditSnapshot();
		item.record(f.getStatus(), f.getReason(), LocalDate.now(), user.username());
		items.saveAndFlush(item);
		audit.record(STATUS, item, f.getReason(), before, item.auditSnapshot());
	}

	/** The plan, locked, when the user reads it; else 404. */
	private CoordinationPlan locked(CurrentUser user, Long planId) {
		PlanAccess.Readers r = access.readers(user);
		plans.findReadable(planId, r.all(), r.postId(), r.ids()).orElseThrow(NotFoundException::new);
		return plans.lockById(planId).orElseThrow(NotFoundException::new);
	}

	/** The item of the plan, when the user sees it (else 404) and may change it (else 403). */
	private PlannedItem changeable(CurrentUser user, CoordinationPlan plan, Long itemId) {
		PlannedItem item = items.findInPlan(itemId, plan.getId()).orElseThrow(NotFoundException::new);
		if (!access.sees(user, item)) {
			throw new NotFoundException();
		}
		if (!access.mayChange(user, item)) {
			throw new AccessDeniedException("plan item");
		}
		return item;
	}

	private Agreement agreement(CoordinationPlan plan) {
		return agreements.find(plan.getAgreementId()).orElseThrow(NotFoundException::new);
	}

	private static void describe(PlannedItem item, PlanForms.Item f) {
		item.describe(f.getMonth(), f.getPlannedOn(), f.getTitle(), f.getContent(), f.getContentArea(),
				f.getCommuneId(), f.getLedBy(), f.getPlace(), f.getExpectedParticipants());
	}

	/** The rules an item keeps beyond its form's annotations; each refusal names its field. */
	private void check(CurrentUser user, CoordinationPlan plan, Agreement a, PlanForms.Item f, PlannedItem existing) {
		List<Long> communes = access.itemCommunes(user, plan, a.getCommuneIds());
		boolean sameCommune = existing != null && existing.getCommuneId().equals(f.getCommuneId());
		if (!communes.contains(f.getCommuneId()) && !sameCommune) {
			throw new BusinessRuleException("communeId", "plan.item.commune.notAllowed");
		}
		if (PlanAccess.communeOnly(user) && f.getLedBy() != Lead.COMMUNE) {
			throw new BusinessRuleException("ledBy", "plan.item.lead.communeOnly");
		}
		if (!a.getContentAreas().isEmpty() && !a.getContentAreas().contains(f.getContentArea())) {
			throw new BusinessRuleException("contentArea", "plan.item.contentArea.notInAgreement");
		}
	}

}
