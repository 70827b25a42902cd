package vn.phoihop.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

/**
 * Every way of reading a range (months whole from the monthly totals, days one by one, days taken away) counts each
 * day of the range once and no other day.
 */
class MonthsAndDaysTest {

	/** How many times each day is counted by the reading. */
	private static Map<LocalDate, Integer> counted(MonthsAndDays r) {
		Map<LocalDate, Integer> n = new HashMap<>();
		for (LocalDate d = r.monthsFrom(); d.isBefore(r.monthsEnd()); d = d.plusDays(1)) {
			n.merge(d, 1, Integer::sum);
		}
		for (MonthsAndDays.Days days : new MonthsAndDays.Days[] { r.head(), r.tail() }) {
			for (LocalDate d = days.from(); !d.isAfter(days.to()); d = d.plusDays(1)) {
				n.merge(d, days.sign(), Integer::sum);
			}
		}
		n.values().removeIf(v -> v == 0);
		return n;
	}

	private static void everyDayOnce(BiFunction<LocalDate, LocalDate, MonthsAndDays> reading) {
		LocalDate base = LocalDate.of(2019, 12, 1);
		for (int a = 0; a < 100; a += 1) {
			for (int b = a; b < a + 100; b += 3) {
				LocalDate from = base.plusDays(a);
				LocalDate to = base.plusDays(b);
				Map<LocalDate, Integer> n = counted(reading.apply(from, to));
				assertThat(n).as("%s..%s", from, to).hasSize(b - a + 1);
				assertThat(n.keySet()).as("%s..%s", from, to).allMatch(d -> !d.isBefore(from) && !d.isAfter(to));
				assertThat(n.values()).as("%s..%s", from, to).containsOnly(1);
			}
		}
	}

	@Test
	void readingTheDaysInsideCountsEveryDayOfTheRangeOnce() {
		everyDayOnce(MonthsAndDays::inside);
	}

	@Test
	void readingTheFewestDaysCountsEveryDayOfTheRangeOnce() {
		everyDayOnce(MonthsAndDays::fewestDays);
	}

	@Test
	void aPartialMonthIsReadWholeWhenFewerOfItsDaysAreOutsideTheRange() {
		MonthsAndDays fiveYears = MonthsAndDays.fewestDays(LocalDate.of(2021, 12, 6), LocalDate.of(2026, 12, 6));
		assertThat(fiveYears.monthsFrom()).isEqualTo(LocalDate.of(2021, 12, 1));
		assertThat(fiveYears.head()).isEqualTo(new MonthsAndDays.Days(LocalDate.of(2021, 12, 1),
				LocalDate.of(2021, 12, 5), -1));
		// December 2026: 6 days inside, 25 outside: read day by day
		assertThat(fiveYears.monthsEnd()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(fiveYears.tail()).isEqualTo(new MonthsAndDays.Days(LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 6), 1));
		// the plain reading adds the 26 days of December 2021
		assertThat(MonthsAndDays.inside(LocalDate.of(2021, 12, 6), LocalDate.of(2026, 12, 6)).head().count())
			.isEqualTo(26);
		// one month but two days: those two days
		MonthsAndDays twoDays = MonthsAndDays.fewestDays(LocalDate.of(2020, 2, 10), LocalDate.of(2020, 2, 11));
		assertThat(twoDays.monthsFrom()).isEqualTo(twoDays.monthsEnd());
		assertThat(twoDays.head().count() + twoDays.tail().count()).isEqualTo(2);
	}


	/**
	 * The months read whole split into whole years and the months before and after them ({@link MonthsAndDays#years})
	 * are those months, each once: ranges of one day to four years, both readings, starting on every day of 2019.
	 */
	@Test
	void theWholeYearsAndTheMonthsAroundThemAreTheMonthsReadWhole() {
		LocalDate base = LocalDate.of(2019, 1, 1);
		for (int a = 0; a < 365; a += 1) {
			for (int length : new int[] { 0, 27, 45, 200, 364, 365, 366, 400, 730, 1095, 1461 }) {
				LocalDate from = base.plusDays(a);
				LocalDate to = from.plusDays(length);
				for (MonthsAndDays r : new MonthsAndDays[] { MonthsAndDays.inside(from, to),
						MonthsAndDays.fewestDays(from, to) }) {
					MonthsAndDays.Years y = r.years();
					Map<LocalDate, Integer> months = new HashMap<>();
					for (int year = y.from(); year < y.end(); year++) {
						for (int m = 1; m <= 12; m++) {
							months.merge(LocalDate.of(year, m, 1), 1, Integer::sum);
						}
					}
					for (LocalDate m = r.monthsFrom(); m.isBefore(y.leadEnd()); m = m.plusMonths(1)) {
						months.merge(m, 1, Integer::sum);
					}
					for (LocalDate m = y.trailFrom(); m.isBefore(r.monthsEnd()); m = m.plusMonths(1)) {
						months.merge(m, 1, Integer::sum);
					}
					Map<LocalDate, Integer> whole = new HashMap<>();
					for (LocalDate m = r.monthsFrom(); m.isBefore(r.monthsEnd()); m = m.plusMonths(1)) {
						whole.put(m, 1);
					}
					assertThat(months).as("%s..%s", from, to).isEqualTo(whole);
				}
			}
		}
		MonthsAndDays.Years fiveYears = MonthsAndDays.fewestDays(LocalDate.of(2021, 12, 6), LocalDate.of(2026, 12, 6))
			.years();
		assertThat(fiveYears).isEqualTo(new MonthsAndDays.Years(2022, 2026, LocalDate.of(2022, 1, 1),
				LocalDate.of(2026, 1, 1)));
	}

}
