package vn.phoihop.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.modulith.NamedInterface;

import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.shared.time.MonthsAndDays;

/**
 * The activities of a date range as grouped rows, for the aggregates of the log, the dashboard and the reports: the
 * whole months of the range come from {@code activity_month_total} (V043, kept exact by a trigger), the days of a
 * partial first or last month from the activity table itself (index-only on the covering index of V040, since V048
 * with the search key). Summing the rows gives the same figures as summing the activities (ActivityMonthTotalsTest),
 * reading about 30 times fewer rows (docs/performance.md, "Monthly totals"). The period report takes whole calendar
 * years from {@code activity_year_total} (V109, kept by the same trigger) with {@link #sourceByYears}.
 * <p>
 * The rows' columns: {@code commune_id, month} (the first day), {@code status, type, content_area, agreement_id}
 * (both {@code null} for "none"), {@code n} (activities), and the sums
 * {@code attendees, border_guard, militia, police, resident, other}. {@link #counts(String)} sums them into the
 * columns of {@link ActivityCounts}, which {@link #counts(ResultSet)} reads.
 */
@NamedInterface("totals")
public final class ActivityMonthTotals {

	/** The range of a filter without a start or an end. */
	static final LocalDate NO_START = LocalDate.of(1900, 1, 1);

	static final LocalDate NO_END = LocalDate.of(2999, 12, 31);

	private ActivityMonthTotals() {
	}

	/**
	 * The activities (alias {@code a}) as rows of the monthly totals' shape, each activity counted {@code times} times
	 * (an SQL expression; {@code null}: once), followed by {@code where }.
	 */
	private static String row(String times) {
		String by = times == null ? "" : times + " * ";
		return """
				select a.commune_id, date_trunc('month', a.activity_date)::date as month, a.status, a.type,
				     a.content_area, a.agreement_id, %1$s n,
				     %2$scoalesce(a.attendee_count, 0) attendees, %2$scoalesce(a.part_border_guard, 0) border_guard,
				     %2$scoalesce(a.part_militia, 0) militia, %2$scoalesce(a.part_police, 0) police,
				     %2$scoalesce(a.part_resident, 0) resident, %2$scoalesce(a.part_other, 0) other
				   from activity a
				   where\s""".formatted(times == null ? "1" : times, by);
	}

	/** One activity a row. */
	private static final String ROW = row(null);

	/**
	 * Days of a partial month, read from the activity table, each activity counted {@code :<sign>} times (1: days of
	 * the range; -1: days of a month read whole that are outside the range, see {@link #rangeReadingFewestDays}). Two
	 * such ranges (before the whole months and after them), not one condition with OR: each is then a range of the
	 * covering index (V040, V048), where the OR was a filter over every day of the range (a year of a post: 2,700
	 * index pages instead of 230, 3.8 ms instead of 0.6).
	 */
	private static String days(String from, String to, String sign) {
		return row("cast(:" + sign + " as int)") + "a.activity_date between :" + from + " and :" + to;
	}

	/**
	 * A FROM item (aliased {@code alias}) of the activities that satisfy {@code where}, a condition on the activity
	 * table aliased {@code a}, read one by one in the same shape as {@link #source}'s rows: the totals of filters the
	 * monthly totals do not keep (a text, a village, who logged it; one agreement).
	 */
	static String rows(String where, String alias) {
		return "(" + ROW + where + ") " + alias;
	}

	/**
	 * A FROM item (aliased {@code alias}) of the activities dated in the range that {@link #range} (or
	 * {@link #rangeReadingFewestDays}) adds to the parameters, that satisfy {@code where}, a condition on the columns
	 * above written with the alias {@code x}: the monthly totals of the months read whole, and the days before and
	 * after them, each added or (the days of a month read whole that are outside the range) taken away.
	 */
	public static String source(String where, String alias) {
		return union(where, alias, months("amtWholeFrom", "amtWholeEnd"), days("amtHeadFrom", "amtHeadTo", "amtHeadSign"),
				days("amtTailFrom", "amtTailTo", "amtTailSign"));
	}

	/**
	 * As {@link #source}, with the whole calendar years among the months read whole taken from the yearly totals
	 * ({@code activity_year_total}, V109, kept by the same trigger; a post's five years are 460 rows instead of
	 * 1,445), the other whole months from the monthly totals and the days as {@link #source} reads them. A year's row
	 * has the year's first day as its {@code month}: for readers that do not group by month (the period report).
	 * Parameters by {@link #rangeReadingFewestDays} (or {@link #range}).
	 */
	public static String sourceByYears(String where, String alias) {
		return union(where, alias, YEARS, months("amtWholeFrom", "amtLeadEnd"), months("amtTrailFrom", "amtWholeEnd"),
				days("amtHeadFrom", "amtHeadTo", "amtHeadSign"), days("amtTailFrom", "amtTailTo", "amtTailSign"));
	}

	/** The yearly totals' rows of the years {@code [:amtYearFrom, :amtYearEnd)}, as {@link #source}'s rows. */
	private static final String YEARS = """
			select t.commune_id, make_date(t.year, 1, 1) as month, t.status, t.type,
			  nullif(t.content_area, '') content_area, nullif(t.agreement_id, 0) agreement_id, t.n, t.attendees,
			  t.border_guard, t.militia, t.police, t.resident, t.other
			from activity_year_total t
			where t.year >= :amtYearFrom and t.year < :amtYearEnd""";

	/** The parts' rows that satisfy {@code where} (on the alias {@code x}), one after another, as a FROM item. */
	private static String union(String where, String alias, String... parts) {
		return Arrays.stream(parts)
			.map(part -> "select x.* from (" + part + ") x\n where " + where)
			.collect(Collectors.joining("\n union all\n", "(", ") " + alias));
	}

	/** The monthly totals' rows of the months {@code [:from, :end)}, as {@link #source}'s rows. */
	private static String months(String from, String end) {
		return """
				select t.commune_id, t.month, t.status, t.type, nullif(t.content_area, '') content_area,
				  nullif(t.agreement_id, 0) agreement_id, t.n, t.attendees, t.border_guard, t.militia, t.police,
				  t.resident, t.other
				from activity_month_total t
				where t.month >= :%s and t.month < :%s""".formatted(from, end);
	}

	/**
	 * Adds the range's parameters: {@code from..to} (either {@code null} for open), the whole months inside it, read
	 * from the monthly totals, and the days before and after them, read one by one. When no whole month is inside,
	 * every day is read one by one.
	 */
	public static MapSqlParameterSource range(MapSqlParameterSource p, LocalDate from, LocalDate to) {
		return params(p, MonthsAndDays.inside(from == null ? NO_START : from, to == null ? NO_END : to));
	}

	/**
	 * As {@link #range}, but a partial month at either end is read whole, with the days outside the range taken away,
	 * when those are fewer than the days inside it (a five-year report from the 6th: 5 days taken away instead of 26
	 * added, 80 activities read instead of 400). The figures are the same; a group of the rows can then sum to no
	 * activity at all (its activities all on the days taken away), which the caller leaves out.
	 */
	public static MapSqlParameterSource rangeReadingFewestDays(MapSqlParameterSource p, LocalDate from, LocalDate to) {
		return params(p, MonthsAndDays.fewestDays(from == null ? NO_START : from, to == null ? NO_END : to));
	}

	/** The parameters of {@link #source}. */
	private static MapSqlParameterSource params(MapSqlParameterSource p, MonthsAndDays r) {
		MonthsAndDays.Years years = r.years();
		p.addValue("amtYearFrom", years.from())
			.addValue("amtYearEnd", years.end())
			.addValue("amtLeadEnd", years.leadEnd())
			.addValue("amtTrailFrom", years.trailFrom());
		return p.addValue("amtWholeFrom", r.monthsFrom())
			.addValue("amtWholeEnd", r.monthsEnd())
			.addValue("amtHeadFrom", r.head().from())
			.addValue("amtHeadTo", r.head().to())
			.addValue("amtHeadSign", r.head().sign())
			.addValue("amtTailFrom", r.tail().from())
			.addValue("amtTailTo", r.tail().to())
			.addValue("amtTailSign", r.tail().sign());
	}

	/**
	 * The select list of the counts ({@link ActivityCounts}) over rows of {@link #source} aliased {@code alias}:
	 * attendees are those of outreach sessions, participants those of patrols and inspections (the only types that
	 * have them). Read with {@link #counts(ResultSet)}.
	 */
	public static String counts(String alias) {
		return """
				coalesce(sum(%1$s.n), 0) activities,
				coalesce(sum(%1$s.n) filter (where %1$s.type = 'OUTREACH'), 0) outreach_sessions,
				coalesce(sum(%1$s.attendees) filter (where %1$s.type = 'OUTREACH'), 0) attendees,
				coalesce(sum(%1$s.n) filter (where %1$s.type = 'PATROL'), 0) patrols,
				coalesce(sum(%1$s.n) filter (where %1$s.type = 'INSPECTION'), 0) inspections,
				coalesce(sum(%1$s.border_guard) filter (where %1$s.type in ('PATROL', 'INSPECTION')), 0) border_guard,
				coalesce(sum(%1$s.militia) filter (where %1$s.type in ('PATROL', 'INSPECTION')), 0) militia,
				coalesce(sum(%1$s.police) filter (where %1$s.type in ('PATROL', 'INSPECTION')), 0) police,
				coalesce(sum(%1$s.resident) filter (where %1$s.type in ('PATROL', 'INSPECTION')), 0) resident,
				coalesce(sum(%1$s.other) filter (where %1$s.type in ('PATROL', 'INSPECTION')), 0) other,
				coalesce(sum(%1$s.n) filter (where %1$s.type = 'HOUSEHOLD_VISIT'), 0) household_visits,
				coalesce(sum(%1$s.n) filter (where %1$s.type = 'ECONOMIC_SUPPORT'), 0) economic_support,
				coalesce(sum(%1$s.n) filter (where %1$s.type = 'MEETING'), 0) meetings,
				coalesce(sum(%1$s.n) filter (where %1$s.type = 'FOREIGN_AFFAIRS'), 0) foreign_affairs""".formatted(alias);
	}

	/**
	 * A breakdown by activity type from counts by type code: the types in the administrator's order (V100,
	 * {@code /admin/reference}), each keyed by its label's message key, every type that has activities and every
	 * active one (with 0). A type added in the page is one of them without a change here; a retired type is still
	 * counted.
	 */
	public static Map<String, Long> byType(Map<String, Long> byCode) {
		Map<String, Long> rows = new LinkedHashMap<>();
		Map<String, Long> left = new LinkedHashMap<>(byCode);
		for (ActivityType t : ActivityType.all()) {
			Long n = left.remove(t.code());
			if (n != null && n > 0 || t.active()) {
				rows.put(t.labelKey(), n == null ? 0 : n);
			}
		}
		left.forEach((code, n) -> rows.put("activity.type." + code, n));
		return rows;
	}

	/** The counts of one row of a query that selected {@link #counts(String)}. */
	public static ActivityCounts counts(ResultSet rs) throws SQLException {
		return new ActivityCounts(rs.getLong("activities"), rs.getLong("outreach_sessions"), rs.getLong("attendees"),
				rs.getLong("patrols"), rs.getLong("inspections"), rs.getLong("border_guard"), rs.getLong("militia"),
				rs.getLong("police"), rs.getLong("resident"), rs.getLong("other"), rs.getLong("household_visits"),
				rs.getLong("economic_support"), rs.getLong("meetings"), rs.getLong("foreign_affairs"));
	}

	/**
	 * The same counts as {@link #counts(String)}, for many rows of one activity each (a text search's totals, an
	 * agreement's figures): the rows of {@code source} summed per type, the counts then made in Java by
	 * {@link #plusTypeRow}. One hash lookup per row instead of fourteen filtered sums (the type compared fourteen
	 * times per row was most of the aggregate's cost over a post's 46,000 activities).
	 */
	static String sumsByType(String source, String groupBy) {
		return ("select %s a.type, " + typeSums("a") + " from %s group by %s a.type")
			.formatted(groupBy.isEmpty() ? "" : groupBy + ",", source, groupBy.isEmpty() ? "" : groupBy + ",");
	}

	/**
	 * The select list of one type's sums over rows aliased {@code alias} (of {@link #source}, grouped by their type
	 * among other columns), read with {@link #plusTypeRow}: seven plain sums per row where {@link #counts(String)}
	 * evaluates fourteen filtered ones.
	 */
	public static String typeSums(String alias) {
		return """
				coalesce(sum(%1$s.n), 0) n, coalesce(sum(%1$s.attendees), 0) attendees,
				coalesce(sum(%1$s.border_guard), 0) border_guard, coalesce(sum(%1$s.militia), 0) militia,
				coalesce(sum(%1$s.police), 0) police, coalesce(sum(%1$s.resident), 0) resident,
				coalesce(sum(%1$s.other), 0) other""".formatted(alias);
	}

	/**
	 * Adds one type's sums (a row with the {@code type} column and {@link #typeSums}) to the counts, as
	 * {@link #counts(String)} counts them.
	 */
	public static ActivityCounts plusTypeRow(ActivityCounts counts, ResultSet rs) throws SQLException {
		ActivityType type = ActivityType.valueOf(rs.getString("type"));
		long n = rs.getLong("n");
		// the built-in types by name, as counts(String) names them: a type added in /admin/reference with attendees or
		// participants counts among the activities (and in the breakdown by type), not as outreach or patrols
		boolean forces = type == ActivityType.PATROL || type == ActivityType.INSPECTION;
		return counts.plus(new ActivityCounts(n, type == ActivityType.OUTREACH ? n : 0,
				type == ActivityType.OUTREACH ? rs.getLong("attendees") : 0, type == ActivityType.PATROL ? n : 0,
				type == ActivityType.INSPECTION ? n : 0, forces ? rs.getLong("border_guard") : 0,
				forces ? rs.getLong("militia") : 0, forces ? rs.getLong("police") : 0,
				forces ? rs.getLong("resident") : 0, forces ? rs.getLong("other") : 0,
				type == ActivityType.HOUSEHOLD_VISIT ? n : 0, type == ActivityType.ECONOMIC_SUPPORT ? n : 0,
				type == ActivityType.MEETING ? n : 0, type == ActivityType.FOREIGN_AFFAIRS ? n : 0));
	}

}
