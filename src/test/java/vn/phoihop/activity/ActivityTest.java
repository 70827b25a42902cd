package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.domain.BusinessRuleException;

/** The activity guards its own month lock and keeps only the fields of its type: plain objects, no Spring. */
class ActivityTest {

	private static final MonthLock.Locks NONE = (commune, month) -> false;

	private static ActivityValues patrol(long commune, LocalDate day) {
		return new ActivityValues(ActivityType.PATROL, day, null, commune, Set.of(11L), 5L,
				ContentArea.BORDER_SOVEREIGNTY, "Tuần tra", null, null, 40, 3, 2, 1, 0, 0, Set.of(7L), 9L);
	}

	private static MonthLock.Locks locked(long commune, YearMonth month) {
		return (c, m) -> c != null && c == commune && month.equals(m);
	}

	@Test
	void aNewActivityTakesTheValuesOfItsTypeOnly() {
		Activity a = new Activity("xa.danhoa");
		a.update(patrol(1, LocalDate.of(2026, 3, 5)), ActivityStatus.SUBMITTED, NONE);
		assertThat(a.getType()).isEqualTo(ActivityType.PATROL);
		assertThat(a.participantTotal()).isEqualTo(6);
		assertThat(a.getAttendeeCount()).as("a patrol has no attendees").isNull();
		assertThat(a.getHouseholdIds()).as("nor households").isEmpty();
		assertThat(a.getEconomicModelId()).isNull();
		assertThat(a.getStatus()).isEqualTo(ActivityStatus.SUBMITTED);
		assertThat(a.getLoggedBy()).isEqualTo("xa.danhoa");
	}

	@Test
	void anActivityInALockedMonthRefusesAnyChange() {
		Activity a = new Activity("xa.danhoa");
		a.update(patrol(1, LocalDate.of(2026, 3, 5)), ActivityStatus.SUBMITTED, NONE);
		// the month is concluded: even a change that moves it to an open month is refused, and nothing changes
		assertThatThrownBy(() -> a.update(patrol(1, LocalDate.of(2026, 4, 5)), ActivityStatus.DRAFT,
				locked(1, YearMonth.of(2026, 3))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.getMessageKey()).isEqualTo("activity.locked");
				assertThat(ex.getField()).isNull();
			});
		assertThat(a.getActivityDate()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(a.getStatus()).isEqualTo(ActivityStatus.SUBMITTED);
		assertThatThrownBy(() -> a.requireEditable(locked(1, YearMonth.of(2026, 3))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("activity.locked"));
	}

	@Test
	void noActivityMovesIntoOrIsLoggedInALockedMonth() {
		assertThatThrownBy(() -> new Activity("xa.danhoa").update(patrol(1, LocalDate.of(2026, 3, 5)),
				ActivityStatus.SUBMITTED, locked(1, YearMonth.of(2026, 3))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.getMessageKey()).isEqualTo("activity.month.locked");
				assertThat(ex.getField()).isEqualTo("activityDate");
			});
		Activity a = new Activity("xa.danhoa");
		a.update(patrol(1, LocalDate.of(2026, 4, 5)), ActivityStatus.DRAFT, NONE);
		assertThatThrownBy(() -> a.update(patrol(1, LocalDate.of(2026, 3, 20)), ActivityStatus.DRAFT,
				locked(1, YearMonth.of(2026, 3))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("activity.month.locked"));
		assertThat(a.getActivityDate()).isEqualTo(LocalDate.of(2026, 4, 5));
		// another commune's lock is not this activity's
		a.update(patrol(1, LocalDate.of(2026, 3, 20)), ActivityStatus.SUBMITTED, locked(2, YearMonth.of(2026, 3)));
		assertThat(a.getActivityDate()).isEqualTo(LocalDate.of(2026, 3, 20));
	}

}
