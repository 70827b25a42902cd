package vn.phoihop.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.phoihop.shared.domain.BusinessRuleException;

/** A post's due days, without Spring: the dates they give and the days they refuse. */
class PostDeadlineTest {

	@Test
	void theDaysAreOfTheMonthAfterTheMonthReported() {
		assertThat(DueDays.DEFAULT.reportDue(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(DueDays.DEFAULT.conclusionDue(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 5));
		// day 28 exists in every month, February of a common year included
		assertThat(new DueDays(28, 28).reportDue(YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
	}

	@Test
	void aDayOutsideOneToTwentyEightOrAConclusionBeforeTheReportsIsRefusedOnItsField() {
		PostDeadline d = new PostDeadline(1L);
		assertThat(d.days()).isEqualTo(DueDays.DEFAULT);
		assertThatThrownBy(() -> d.set(0, 5)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("field", "reportDay");
		assertThatThrownBy(() -> d.set(3, 29)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("field", "conclusionDay");
		assertThatThrownBy(() -> d.set(10, 5)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "deadline.conclusion.beforeReport");
		assertThat(d.days()).isEqualTo(DueDays.DEFAULT);
		d.set(20, 20);
		assertThat(d.days()).isEqualTo(new DueDays(20, 20));
	}

}
