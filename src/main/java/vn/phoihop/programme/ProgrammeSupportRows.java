package vn.phoihop.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import vn.phoihop.shared.time.MonthsAndDays;

/**
 * The support given in a period to the beneficiaries of some communes, as rows to sum: the whole years of the period
 * from {@code programme_support_year} (V107), the whole months of a partial year from {@code programme_support_month}
 * (V106), both kept exact by triggers, and the days of a partial month from {@code programme_support} itself (by its
 * covering index, V105). Summing the rows gives the same figures as summing the support (ProgrammeSupportMonthTest)
 * while reading a province's yearly and monthly totals instead of its 46,000 support rows (docs/performance.md,
 * "Totals kept by the database"). A period of whole months reads no support row; one that ends today or later has all
 * of its last month and year (no support is dated after the day it is recorded).
 * <p>
 * The rows' columns: {@code programme_id, commune_id} (the beneficiary's), {@code kind} (of support), {@code year},
 * {@code n} (supports) and {@code value} (their value in đồng). A kept row whose support was all deleted
 * ({@code n = 0}) is left out, so that every group of the rows had support.
 */
final class ProgrammeSupportRows {

	private ProgrammeSupportRows() {
	}

	/** The whole years: [psrYearFrom, psrYearEnd). */
	private static final String YEARS = """
			select t.programme_id, t.commune_id, t.kind, t.year, t.n, t.value
			from programme_support_year t
			where t.year >= :psrYearFrom and t.year < :psrYearEnd and t.n <> 0 and %s""";

	/** The whole months of a range (its parameters named {@code :<range>From, :<range>End}, the end excluded). */
	private static final String MONTHS = """
			select t.programme_id, t.commune_id, t.kind, cast(extract(year from t.month) as int) as year, t.n, t.value
			from programme_support_month t
			where t.month >= :%2$sFrom and t.month < :%2$sEnd and t.n <> 0 and %1$s""";

	/** The days of a range, one row per support (the range's parameters named {@code :<range>From, :<range>To}). */
	private static final String DAYS = """
			select b.programme_id, b.commune_id, s.kind, cast(extract(year from s.given_on) as int) as year, 1 as n,
			  s.value_dong as value
			from programme_beneficiary b join programme_support s on s.beneficiary_id = b.id
			where %1$s and s.given_on between :%2$sFrom and :%2$sTo""";

	/**
	 * A FROM item aliased {@code alias}: the support given {@code from..to} to the beneficiaries of the communes
	 * {@code ids} (every commune when {@code null}). Adds its parameters to {@code p} (named {@code psr...}).
	 */
	static String of(Long[] ids, LocalDate from, LocalDate to, MapSqlParameterSource p, String alias) {
		if (ids != null) {
			p.addValue("psrIds", ids);
		}
		// all of the period's last day, month and year are in it when it ends today or later
		boolean throughEnd = !to.isBefore(ProgrammeCommands.today());
		int yearFrom = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
		int yearEnd = to.getDayOfYear() == to.lengthOfYear() || throughEnd ? to.getYear() + 1 : to.getYear();
		List<String> parts = new ArrayList<>();
		if (yearEnd > yearFrom) {
			parts.add(YEARS.formatted(communes(ids, "t")));
			p.addValue("psrYearFrom", yearFrom).addValue("psrYearEnd", yearEnd);
			LocalDate firstWhole = LocalDate.of(yearFrom, 1, 1);
			LocalDate afterWhole = LocalDate.of(yearEnd, 1, 1);
			if (from.isBefore(firstWhole)) {
				months(ids, from, firstWhole.minusDays(1), false, p, "psrHead", parts);
			}
			if (!to.isBefore(afterWhole)) {
				months(ids, afterWhole, to, throughEnd, p, "psrTail", parts);
			}
		}
		else {
			months(ids, from, to, throughEnd, p, "psr", parts);
		}
		return "(" + String.join("\nunion all\n", parts) + ") " + alias;
	}

	/**
	 * The parts of a range within one year or less ({@link MonthsAndDays#inside}): its whole months from the monthly
	 * totals, the days of a partial first or last month from the support rows ({@code throughEnd}: the range ends
	 * today or later, so its last month is read whole). Parameters named {@code <prefix>...}.
	 */
	private static void months(Long[] ids, LocalDate from, LocalDate to, boolean throughEnd, MapSqlParameterSource p,
			String prefix, List<String> parts) {
		MonthsAndDays r = MonthsAndDays.inside(from, throughEnd ? to.withDayOfMonth(to.lengthOfMonth()) : to);
		if (r.hasMonths()) {
			parts.add(MONTHS.formatted(communes(ids, "t"), prefix + "Months"));
			p.addValue(prefix + "MonthsFrom", r.monthsFrom()).addValue(prefix + "MonthsEnd", r.monthsEnd());
		}
		days(ids, r.head(), prefix + "Head", p, parts);
		days(ids, r.tail(), prefix + "Tail", p, parts);
	}

	/** The support rows of these days, unless there are none (parameters {@code <name>From}, {@code <name>To}). */
	private static void days(Long[] ids, MonthsAndDays.Days days, String name, MapSqlParameterSource p,
			List<String> parts) {
		if (!days.isEmpty()) {
			parts.add(DAYS.formatted(communes(ids, "b"), name));
			p.addValue(name + "From", days.from()).addValue(name + "To", days.to());
		}
	}

	private static String communes(Long[] ids, String alias) {
		return ids == null ? "true" : alias + ".commune_id = any(:psrIds)";
	}

}
