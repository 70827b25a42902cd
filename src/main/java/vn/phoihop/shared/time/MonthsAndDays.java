package vn.phoihop.shared.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How a range of days is read from kept monthly totals (the activities', {@code activity.ActivityMonthTotals}; the
 * programme support's, {@code programme.ProgrammeSupportRows}): the months read whole, {@code [monthsFrom,
 * monthsEnd)} (empty when the end is not after the start), and two ranges of days read one by one, before them
 * ({@code head}) and after them ({@code tail}), each counted with its sign: 1 for days of the range, -1 for the days
 * outside the range of a month read whole. An empty range of days goes from 2999-12-31 back to 1900-01-01 (dates
 * PostgreSQL takes, for a statement of a fixed shape).
 */
public record MonthsAndDays(LocalDate monthsFrom, LocalDate monthsEnd, Days head, Days tail) {

	/** Days {@code from..to} (none when {@code from} is after {@code to}), each record counted {@code sign} times. */
	public record Days(LocalDate from, LocalDate to, int sign) {

		static final Days NONE = new Days(LocalDate.of(2999, 12, 31), LocalDate.of(1900, 1, 1), 1);

		static Days of(LocalDate from, LocalDate to, int sign) {
			return from.isAfter(to) ? NONE : new Days(from, to, sign);
		}

		public boolean isEmpty() {
			return from.isAfter(to);
		}

		public int count() {
			return from.isAfter(to) ? 0 : (int) (to.toEpochDay() - from.toEpochDay() + 1);
		}

	}

	/**
	 * The whole calendar years among the months read whole, {@code [from, end)} ({@code end <= from}: none), and the
	 * months read whole outside them: {@code [monthsFrom, leadEnd)} before and {@code [trailFrom, monthsEnd)} after
	 * (either empty when its bounds are equal). For kept yearly totals
	 * ({@code activity.ActivityMonthTotals#sourceByYears}).
	 */
	public record Years(int from, int end, LocalDate leadEnd, LocalDate trailFrom) {
	}

	/** The months read whole as whole years and the months before and after them ({@link Years}). */
	public Years years() {
		int from = monthsFrom.getDayOfYear() == 1 ? monthsFrom.getYear() : monthsFrom.getYear() + 1;
		int end = monthsEnd.getYear();
		if (!hasMonths() || end <= from) {
			return new Years(from, from, monthsEnd, monthsEnd);
		}
		return new Years(from, end, LocalDate.of(from, 1, 1), LocalDate.of(end, 1, 1));
	}

	/** Whether some month is read whole. */
	public boolean hasMonths() {
		return monthsEnd.isAfter(monthsFrom);
	}

	/** The whole months inside {@code start..end} and every other day of the range one by one. */
	public static MonthsAndDays inside(LocalDate start, LocalDate end) {
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
	public static MonthsAndDays fewestDays(LocalDate start, LocalDate end) {
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

}
