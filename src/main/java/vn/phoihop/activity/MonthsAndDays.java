package vn.phoihop.activity;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * How {@link ActivityMonthTotals#source} reads a range of days: the months read whole from the monthly totals,
 * {@code [monthsFrom, monthsEnd)}, and two ranges of days read one by one from the activity table, before them
 * ({@code head}) and after them ({@code tail}), each counted with its sign: 1 for days of the range, -1 for the days
 * outside the range of a month read whole. An empty range of days goes from {@link ActivityMonthTotals#NO_END} back
 * to {@link ActivityMonthTotals#NO_START}.
 */
record MonthsAndDays(LocalDate monthsFrom, LocalDate monthsEnd, Days head, Days tail) {

	/** Days {@code from..to} (none when {@code from} is after {@code to}), each activity counted {@code sign} times. */
	record Days(LocalDate from, LocalDate to, int sign) {

		static final Days NONE = new Days(ActivityMonthTotals.NO_END, ActivityMonthTotals.NO_START, 1);

		static Days of(LocalDate from, LocalDate to, int sign) {
			return from.isAfter(to) ? NONE : new Days(from, to, sign);
		}

		int count() {
			return from.isAfter(to) ? 0 : (int) (to.toEpochDay() - from.toEpochDay() + 1);
		}

	}

	/** The whole months inside {@code start..end} and every other day of the range one by one. */
	static MonthsAndDays inside(LocalDate start, LocalDate end) {
		YearMonth first = YearMonth.from(start);
		YearMonth last = YearMonth.from(end);
		boolean wholeFirst = start.getDayOfMonth() == 1;
		boolean wholeLast = end.equals(last.atEndOfMonth());
		if (first.equals(last) && !(wholeFirst && wholeLast)) {
			return new MonthsAndDays(start, start, Days.of(start, end, 1), Days.NONE);
		}
		return new MonthsAndDays(wholeFirst ? start : first.plusMonths(1).atDay(1),
				wholeLast ? end.plusDays(1) : last.atDay(1),
				wholeFirst ? Days.NONE : Days.of(start, first.atEndOfMonth(), 1),
				wholeLast ? Days.NONE : Days.of(last.atDay(1), end, 1));
	}

	/**
	 * As {@link #inside}, but a partial month at either end read whole, with its days outside the range taken away,
	 * when those are fewer than its days inside the range.
	 */
	static MonthsAndDays fewestDays(LocalDate start, LocalDate end) {
		MonthsAndDays inside = inside(start, end);
		YearMonth first = YearMonth.from(start);
		YearMonth last = YearMonth.from(end);
		Days before = Days.of(first.atDay(1), start.minusDays(1), -1);
		Days after = Days.of(end.plusDays(1), last.atEndOfMonth(), -1);
		if (first.equals(last)) {
			if (before.count() + after.count() >= inside.head().count() + inside.tail().count()) {
				return inside;
			}
			return new MonthsAndDays(first.atDay(1), first.plusMonths(1).atDay(1), before, after);
		}
		LocalDate monthsFrom = inside.monthsFrom();
		LocalDate monthsEnd = inside.monthsEnd();
		Days head = inside.head();
		Days tail = inside.tail();
		if (before.count() < head.count()) {
			monthsFrom = first.atDay(1);
			head = before;
		}
		if (after.count() < tail.count()) {
			monthsEnd = last.plusMonths(1).atDay(1);
			tail = after;
		}
		return new MonthsAndDays(monthsFrom, monthsEnd, head, tail);
	}

	/** The parameters of {@link ActivityMonthTotals#source}. */
	MapSqlParameterSource addTo(MapSqlParameterSource p) {
		return p.addValue("amtWholeFrom", monthsFrom)
			.addValue("amtWholeEnd", monthsEnd)
			.addValue("amtHeadFrom", head.from())
			.addValue("amtHeadTo", head.to())
			.addValue("amtHeadSign", head.sign())
			.addValue("amtTailFrom", tail.from())
			.addValue("amtTailTo", tail.to())
			.addValue("amtTailSign", tail.sign());
	}

}
