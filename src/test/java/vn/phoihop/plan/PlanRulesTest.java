package vn.phoihop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.domain.BusinessRuleException;

/** The plan and its items refuse an illegal move themselves (plain JUnit, no Spring). */
class PlanRulesTest {

	private static PlannedItem item(CoordinationPlan plan, int month) {
		PlannedItem item = plan.newItem();
		item.describe(month, null, "Tuần tra", null, ContentArea.BORDER_SOVEREIGNTY, 1L, Lead.POST, null, 20);
		return item;
	}

	private static String refusal(Runnable move) {
		try {
			move.run();
		}
		catch (BusinessRuleException ex) {
			return ex.getMessageKey();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void aPlanIsApprovedWithItemsAndThenLockedUntilReturnedToDraft() {
		CoordinationPlan plan = new CoordinationPlan(1L, 1L, 2025);
		assertThat(refusal(() -> plan.approve("chihuy", Instant.now()))).isEqualTo("plan.approve.empty");
		assertThat(refusal(plan::reopen)).isEqualTo("plan.reopen.notApproved");
		PlannedItem item = item(plan, 3);
		plan.approve("chihuy", Instant.now());
		assertThat(plan.isApproved()).isTrue();
		assertThat(refusal(plan::newItem)).isEqualTo("plan.approved.locked");
		assertThat(refusal(() -> plan.remove(item))).isEqualTo("plan.approved.locked");
		assertThat(refusal(() -> item.describe(4, null, "x", null, ContentArea.OUTREACH_LEGAL, 1L, Lead.POST, null,
				null))).isEqualTo("plan.approved.locked");
		assertThat(refusal(() -> plan.approve("chihuy", Instant.now()))).isEqualTo("plan.approved.locked");
		plan.reopen();
		assertThat(plan.isDraft()).isTrue();
		assertThat(plan.getApprovedBy()).isNull();
		item(plan, 4);
		assertThat(plan.getItems()).hasSize(2);
	}

	@Test
	void anItemsDayLiesInItsMonthOfThePlansYear() {
		CoordinationPlan plan = new CoordinationPlan(1L, 1L, 2025);
		PlannedItem item = plan.newItem();
		assertThatThrownBy(() -> item.describe(3, LocalDate.of(2025, 4, 2), "x", null, ContentArea.OUTREACH_LEGAL, 1L,
				Lead.POST, null, null)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("plan.item.day.outsideMonth");
		assertThat(refusal(() -> item.describe(3, LocalDate.of(2024, 3, 2), "x", null, ContentArea.OUTREACH_LEGAL, 1L,
				Lead.POST, null, null))).isEqualTo("plan.item.day.outsideMonth");
		item.describe(3, LocalDate.of(2025, 3, 2), "x", null, ContentArea.OUTREACH_LEGAL, 1L, Lead.POST, null, null);
		assertThat(item.yearMonth().toString()).isEqualTo("2025-03");
	}

	@Test
	void aResultIsRecordedInAnApprovedPlanFromTheItemsMonthWithTheReasonItNeeds() {
		CoordinationPlan plan = new CoordinationPlan(1L, 1L, 2025);
		PlannedItem item = item(plan, 3);
		LocalDate april = LocalDate.of(2025, 4, 1);
		assertThat(refusal(() -> item.record(ItemStatus.DONE, null, april, "canbo"))).isEqualTo(
				"plan.item.status.notApproved");
		plan.approve("chihuy", Instant.now());
		assertThat(refusal(() -> item.record(ItemStatus.DONE, null, LocalDate.of(2025, 2, 28), "canbo")))
			.isEqualTo("plan.item.status.notYet");
		assertThat(refusal(() -> item.record(ItemStatus.NOT_DONE, "  ", april, "canbo")))
			.isEqualTo("plan.item.status.reasonNeeded");
		assertThat(refusal(() -> item.record(ItemStatus.PARTLY_DONE, null, april, "canbo")))
			.isEqualTo("plan.item.status.reasonNeeded");
		item.record(ItemStatus.PARTLY_DONE, "Mưa lũ", april, "canbo");
		assertThat(item.getStatus()).isEqualTo(ItemStatus.PARTLY_DONE);
		assertThat(item.getStatusReason()).isEqualTo("Mưa lũ");
		assertThat(item.getStatusOn()).isEqualTo(april);
		item.record(ItemStatus.OPEN, null, april, "canbo");
		assertThat(item.getStatusReason()).isNull();
		assertThat(item.getStatusOn()).isNull();
		assertThat(item.getStatusBy()).isNull();
	}

}
