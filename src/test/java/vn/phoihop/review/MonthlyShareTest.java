package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;
import vn.phoihop.agreement.Target.Metric;
import vn.phoihop.agreement.Target.Per;

/**
 * The month's share of an agreement's target, as the month page shows it (docs/architecture.md, "A month's share of
 * a target"): a whole count that can be done, rounded up so that doing each month's share meets the target; none for
 * a target followed by hand.
 */
class MonthlyShareTest {

	private static final LocalDate FROM = LocalDate.of(2021, 1, 1);

	private static final LocalDate TO = LocalDate.of(2025, 12, 31);

	private static Target target(Metric metric, int value, Per per) {
		return new Target(ContentArea.BORDER_SOVEREIGNTY, "Số đợt tuần tra", metric, BigDecimal.valueOf(value), "đợt", per);
	}

	@Test
	void aPeriodTargetIsSharedOverThePeriodsMonthsAndRoundedUpToAWholeCount() {
		// the demo's 2021–2025 agreement: 350 patrols over 60 months = 5.83 a month, shown as 6 (it was "5,8 đợt")
		assertThat(ReviewMonthPage.monthly(target(Metric.PATROLS, 350, Per.PERIOD), FROM, TO)).isEqualByComparingTo("6");
		// 6 a month for 60 months is 360: at least the 350 agreed
		assertThat(BigDecimal.valueOf(6 * 60)).isGreaterThanOrEqualTo(BigDecimal.valueOf(350));
		// an exact share stays as it is
		assertThat(ReviewMonthPage.monthly(target(Metric.OUTREACH_SESSIONS, 120, Per.PERIOD), FROM, TO))
			.isEqualByComparingTo("2");
		assertThat(ReviewMonthPage.monthly(target(Metric.ATTENDEES, 0, Per.PERIOD), FROM, TO)).isEqualByComparingTo("0");
	}

	@Test
	void aYearlyTargetIsSharedOverTwelveMonths() {
		assertThat(ReviewMonthPage.monthly(target(Metric.PATROLS, 70, Per.YEAR), FROM, TO)).isEqualByComparingTo("6");
		assertThat(ReviewMonthPage.monthly(target(Metric.PATROLS, 12, Per.YEAR), FROM, TO)).isEqualByComparingTo("1");
		assertThat(ReviewMonthPage.monthly(target(Metric.PATROLS, 1, Per.YEAR), FROM, TO)).isEqualByComparingTo("1");
		// a period target of an agreement without dates is taken as yearly
		assertThat(ReviewMonthPage.monthly(target(Metric.PATROLS, 70, Per.PERIOD), null, null)).isEqualByComparingTo("6");
	}

	@Test
	void aTargetFollowedByHandHasNoMonthlyShare() {
		// "Hộ thoát nghèo mỗi năm: 15 hộ": households escape poverty at the year's review, not 1.3 a month
		assertThat(ReviewMonthPage.monthly(target(Metric.NONE, 15, Per.YEAR), FROM, TO)).isNull();
	}

}
