package vn.phoihop.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.shared.domain.BusinessRuleException;

/** The item guards its follow-up (plain JUnit, no Spring). */
class SituationItemTest {

	private static SituationItem item() {
		SituationItem item = new SituationItem(1L, "xa.danhoa");
		item.describe(null, null, null, LocalDate.of(2026, 3, 10), null, 1L, Source.RESIDENT, Severity.NOTABLE,
				"Người lạ qua lại", null, null, false);
		return item;
	}

	@Test
	void anItemIsFollowedThenHandledWithWhatWasDone() {
		SituationItem item = item();
		assertThat(item.getStatus()).isEqualTo(FollowUp.NEW);
		item.follow(FollowUp.FOLLOWING, LocalDate.of(2026, 3, 11), null, "canbo.ramai");
		item.follow(FollowUp.HANDLED, LocalDate.of(2026, 3, 12), "Đã xác minh, là người đi làm rẫy.", "canbo.ramai");
		assertThat(item.getStatus()).isEqualTo(FollowUp.HANDLED);
		assertThat(item.getHistory()).extracting(StatusChange::getStatus)
			.containsExactly(FollowUp.FOLLOWING, FollowUp.HANDLED);
		assertThat(item.getActionTaken()).isEqualTo("Đã xác minh, là người đi làm rẫy.");
		// something new: a handled item is followed again, never new again
		item.follow(FollowUp.FOLLOWING, LocalDate.of(2026, 4, 1), null, "canbo.ramai");
		assertThatThrownBy(() -> item.follow(FollowUp.NEW, LocalDate.of(2026, 4, 2), "x", "canbo.ramai"))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void aMoveTheStatusDoesNotAllowIsRefused() {
		SituationItem item = item();
		assertThatThrownBy(() -> item.follow(FollowUp.NEW, LocalDate.of(2026, 3, 11), null, "u"))
			.isInstanceOf(BusinessRuleException.class)
			.extracting(e -> ((BusinessRuleException) e).getMessageKey())
			.isEqualTo("situation.status.notAllowed");
		item.follow(FollowUp.HANDLED, LocalDate.of(2026, 3, 11), "Đã giải quyết.", "u");
		assertThatThrownBy(() -> item.follow(FollowUp.PASSED_ON, LocalDate.of(2026, 3, 12), "x", "u"))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void closingNeedsWhatWasDoneAndADayNotBeforeTheItem() {
		SituationItem item = item();
		assertThatThrownBy(() -> item.follow(FollowUp.HANDLED, LocalDate.of(2026, 3, 11), " ", "u"))
			.extracting(e -> ((BusinessRuleException) e).getField())
			.isEqualTo("note");
		assertThatThrownBy(() -> item.follow(FollowUp.FOLLOWING, LocalDate.of(2026, 3, 9), null, "u"))
			.extracting(e -> ((BusinessRuleException) e).getMessageKey())
			.isEqualTo("situation.status.beforeOccurred");
		assertThat(item.getHistory()).isEmpty();
	}

	@Test
	void aRestrictedItemsAuditSnapshotHoldsNoContent() {
		SituationItem item = new SituationItem(1L, "canbo.ramai");
		item.describe(2L, null, null, LocalDate.of(2026, 3, 10), null, 1L, Source.RESIDENT, Severity.SERIOUS,
				"Nguồn tin mật", "chi tiết", null, true);
		assertThat(item.auditSnapshot()).containsKeys("communeId", "categoryId", "status", "restricted")
			.doesNotContainKeys("summary", "whatHappened", "villageId", "severity");
		assertThat(item.toString()).doesNotContain("Nguồn tin mật");
	}

}
