package vn.phoihop.activity;

import java.time.LocalDate;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The activities of a date range as grouped rows, for the aggregates of the log, the dashboard and the reports: the
 * whole months of the range come from {@code activity_month_total} (V043, kept exact by a trigger), the days of a
 * partial first or last month from the activity table itself (index-only on the covering index of V040, since V048
 * with the search key). Summing the rows gives the same figures as summing the activities (ActivityMonthTotalsTest),
 * reading about 30 times fewer rows (docs/performance.md, "Monthly totals").
 * <p>
 * The rows' columns: {@code commune_id, status, type, content_area, agreement_id} (both {@code null} for "none"),
 * {@code n} (activities), and the sums {@code attendees, border_guard, militia, police, resident, other}.
 */
public final class ActivityMonthTotals {

	/** The range of a filter without a start or an end. */
	static final LocalDate NO_START = LocalDate.of(1900, 1, 1);

	static final LocalDate NO_END = LocalDate.of(2999, 12, 31);

	private ActivityMonthTotals() {
	}

	/**
	 * The days of the range, read from the activity table; each use adds the days before the whole months or those
	 * after them. Two ranges of the date, not one condition with OR: each is then a range of the covering index
	 * (V040, V048), where the OR was a filter over every day of the range (a year of a post: 2,700 index pages instead
	 * of 230, 3.8 ms instead of 0.6; docs/performance.md, change 45).
	 */
	private static final String DAYS = """
			select a.commune_id, a.status, a.type, a.content_area, a.agreement_id, 1 n,
			     coalesce(a.attendee_count, 0) attendees, coalesce(a.part_border_guard, 0) border_guard,
			     coalesce(a.part_militia, 0) militia, coalesce(a.part_police, 0) police,
			     coalesce(a.part_resident, 0) resident, coalesce(a.part_other, 0) other
			   from activity a
			   where a.activity_date between :amtFrom and :amtTo""";

	/**
	 * A FROM item (aliased {@code alias}) of the activities dated {@code :amtFrom..:amtTo} (see {@link #range}) that
	 * satisfy {@code where}, a condition on the columns above written with the alias {@code x}.
	 */
	public static String source(String where, String alias) {
		return """
				(select x.* from (
				   select t.commune_id, t.status, t.type, nullif(t.content_area, '') content_area,
				     nullif(t.agreement_id, 0) agreement_id, t.n, t.attendees, t.border_guard, t.militia, t.police,
				     t.resident, t.other
				   from activity_month_total t
				   where t.month >= :amtWholeFrom and t.month < :amtWholeEnd) x
				 where %1$s
				 union all
				 select x.* from (%3$s and a.activity_date < :amtWholeFrom) x
				 where %1$s
				 union all
				 select x.* from (%3$s and a.activity_date >= :amtTailFrom) x
				 where %1$s) %2$s""".formatted(where, alias, DAYS);
	}

	/**
	 * Adds the range's parameters: {@code from..to} (either {@code null} for open), the whole months inside it,
	 * {@code [amtWholeFrom, amtWholeEnd)}, and where the days after them start ({@code amtTailFrom}). When no whole
	 * month is inside, that interval is empty or reversed and every day is read from the activity table.
	 */
	public static MapSqlParameterSource range(MapSqlParameterSource p, LocalDate from, LocalDate to) {
		LocalDate start = from == null ? NO_START : from;
		LocalDate end = to == null ? NO_END : to;
		LocalDate wholeFrom = start.getDayOfMonth() == 1 ? start : start.withDayOfMonth(1).plusMonths(1);
		LocalDate wholeEnd = end.getDayOfMonth() == end.lengthOfMonth() ? end.plusDays(1) : end.withDayOfMonth(1);
		// the days after the whole months; when no whole month is inside, every day is before wholeFrom and none
		// is read twice
		LocalDate tailFrom = wholeEnd.isAfter(wholeFrom) ? wholeEnd : wholeFrom;
		return p.addValue("amtFrom", start)
			.addValue("amtTo", end)
			.addValue("amtWholeFrom", wholeFrom)
			.addValue("amtWholeEnd", wholeEnd)
			.addValue("amtTailFrom", tailFrom);
	}

}
