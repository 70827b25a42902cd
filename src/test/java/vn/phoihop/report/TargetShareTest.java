package vn.phoihop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.agreement.Target.Per;

/** A target's share of a report's period: months of the overlap, rounded up to a whole number to do. */
class TargetShareTest {

	static final LocalDate FROM = LocalDate.of(2017, 1, 1);

	static final LocalDate TO = LocalDate.of(2020, 12, 31);

	static BigDecimal share(int value, Per per, String from, String to) {
		return TargetShare.of(BigDecimal.valueOf(value), per, FROM, TO, LocalDate.parse(from), LocalDate.parse(to));
	}

	@Test
	void wholeYearsAndTheWholePeriodAreExact() {
		assertThat(share(15, Per.YEAR, "2017-01-01", "2020-12-31")).isEqualByComparingTo("60");
		assertThat(share(15, Per.YEAR, "2020-01-01", "2020-12-31")).as("a leap year is one year").isEqualByComparingTo("15");
		assertThat(share(280, Per.PERIOD, "2017-01-01", "2020-12-31")).isEqualByComparingTo("280");
		assertThat(share(280, Per.PERIOD, "2015-01-01", "2030-12-31")).as("only the agreement's own months")
			.isEqualByComparingTo("280");
	}

	@Test
	void aShareIsRoundedUpToWhatCanBeDone() {
		assertThat(share(280, Per.PERIOD, "2019-03-01", "2019-03-31")).as("5.83 patrols").isEqualByComparingTo("6");
		assertThat(share(15, Per.YEAR, "2019-03-01", "2019-03-31")).as("1.25 households").isEqualByComparingTo("2");
		assertThat(share(15, Per.YEAR, "2019-01-01", "2019-06-30")).as("7.5 households").isEqualByComparingTo("8");
		assertThat(share(120, Per.PERIOD, "2019-01-01", "2019-06-30")).as("exactly 15").isEqualByComparingTo("15");
	}

	@Test
	void aPartMonthCountsByItsDaysAndNoOverlapIsNothing() {
		assertThat(TargetShare.months(LocalDate.of(2019, 2, 15), LocalDate.of(2019, 3, 31)))
			.isEqualByComparingTo(BigDecimal.valueOf(14).divide(BigDecimal.valueOf(28)).add(BigDecimal.ONE));
		assertThat(share(12, Per.YEAR, "2019-02-15", "2019-02-28")).as("half of one a month").isEqualByComparingTo("1");
		assertThat(share(12, Per.YEAR, "2021-01-01", "2021-12-31")).isEqualByComparingTo("0");
	}

}
