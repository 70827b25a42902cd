package vn.phoihop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

import vn.phoihop.agreement.Target;

/**
 * A target's share of a report's period, as a whole number that can be done: a yearly target times the months of
 * the period the agreement covers, over 12; a period target times those months over the agreement's own months (the
 * monthly review's share of a month, docs/design.md §5, summed over the months); a month partly covered counts by
 * its days. The share is then rounded up: sessions, patrols and households are done in whole units, and the smallest
 * whole number that reaches the share is what the period must do ("6 đợt", not "5,8 đợt"; rounding half up would call
 * 5 done of a 5.4 share met). Months rather than days over 365.25, so a calendar year is exactly one year's target
 * (a leap year's 366 days were 1.002 years, which rounds up to one more).
 */
final class TargetShare {

	private TargetShare() {
	}

	static BigDecimal of(BigDecimal value, Target.Per per, LocalDate validFrom, LocalDate validTo, LocalDate from,
			LocalDate to) {
		LocalDate start = validFrom.isAfter(from) ? validFrom : from;
		LocalDate end = validTo.isBefore(to) ? validTo : to;
		if (end.isBefore(start)) {
			return BigDecimal.ZERO;
		}
		BigDecimal whole = per == Target.Per.YEAR ? BigDecimal.valueOf(12) : months(validFrom, validTo);
		return value.multiply(months(start, end))
			.divide(whole, 6, RoundingMode.HALF_UP)
			.setScale(0, RoundingMode.CEILING);
	}

	/** The months from {@code start} to {@code end}, both included: a whole month counts 1, a partial one its days. */
	static BigDecimal months(LocalDate start, LocalDate end) {
		BigDecimal months = BigDecimal.ZERO;
		for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
			int first = m.equals(YearMonth.from(start)) ? start.getDayOfMonth() : 1;
			int last = m.equals(YearMonth.from(end)) ? end.getDayOfMonth() : m.lengthOfMonth();
			int days = last - first + 1;
			months = months.add(days == m.lengthOfMonth() ? BigDecimal.ONE
					: BigDecimal.valueOf(days).divide(BigDecimal.valueOf(m.lengthOfMonth()), 10, RoundingMode.HALF_UP));
		}
		return months;
	}

}
