package vn.phoihop.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The support given in a period to the beneficiaries of some communes, as rows to sum: the whole months of the period
 * from {@code programme_support_month} (V106, kept exact by triggers), the days of a partial first or last month from
 * {@code programme_support} itself (by its covering index, V105). Summing the rows gives the same figures as summing
 * the support (ProgrammeSupportMonthTest) while reading a province's monthly totals (about 6,500 rows nationally)
 * instead of its 46,000 support rows (docs/performance.md, "Totals kept by the database"). A period from the first
 * to the last day of months, or one that ends today or later (no support is dated after the day it is recorded),
 * reads no support row at its end.
 * <p>
 * The rows' columns: {@code programme_id, commune_id} (the beneficiary's), {@code kind} (of support), {@code year},
 * {@code n} (supports) and {@code value} (their value in đồng). A monthly row whose support was all deleted
 * ({@code n = 0}) is left out, so that every group of the rows had support.
 */
final class ProgrammeSupportRows {

	private ProgrammeSupportRows() {
	}

	/** The whole months: [psrWholeFrom, psrWholeEnd). */
	private static final String MONTHS = """
			select t.programme_id, t.commune_id, t.kind, cast(extract(year from t.month) as int) as year, t.n, t.value
			from programme_support_month t
			where t.month >= :psrWholeFrom and t.month < :psrWholeEnd and t.n <> 0 and %s""";

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
		LocalDate wholeFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		// support is never given after the day it is recorded (ProgrammeCommands refuses a later day): a period that
		// ends today or later has all of its last month's support, which the month's total holds
		LocalDate wholeEnd = to.getDayOfMonth() == to.lengthOfMonth() || !to.isBefore(ProgrammeCommands.today())
				? to.withDayOfMonth(1).plusMonths(1) : to.withDayOfMonth(1);
		List<String> parts = new ArrayList<>();
		if (wholeEnd.isAfter(wholeFrom)) {
			parts.add(MONTHS.formatted(communes(ids, "t")));
			p.addValue("psrWholeFrom", wholeFrom).addValue("psrWholeEnd", wholeEnd);
			if (from.isBefore(wholeFrom)) {
				parts.add(DAYS.formatted(communes(ids, "b"), "psrHead"));
				p.addValue("psrHeadFrom", from).addValue("psrHeadTo", wholeFrom.minusDays(1));
			}
			if (!to.isBefore(wholeEnd)) {
				parts.add(DAYS.formatted(communes(ids, "b"), "psrTail"));
				p.addValue("psrTailFrom", wholeEnd).addValue("psrTailTo", to);
			}
		}
		else {
			// no whole month inside: every day from the support rows
			parts.add(DAYS.formatted(communes(ids, "b"), "psrHead"));
			p.addValue("psrHeadFrom", from).addValue("psrHeadTo", to);
		}
		return "(" + String.join("\nunion all\n", parts) + ") " + alias;
	}

	private static String communes(Long[] ids, String alias) {
		return ids == null ? "true" : alias + ".commune_id = any(:psrIds)";
	}

}
