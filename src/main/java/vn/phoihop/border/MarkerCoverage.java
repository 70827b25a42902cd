package vn.phoihop.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well the markers were inspected, for other modules (the monthly review, the reports, the dashboard): counts
 * only. A month's coverage is the markers inspected at least once in the month over all the markers; a marker is
 * overdue on a day when it was not inspected within its post's period before it (never inspected: overdue), as the
 * segment's page flags it ({@link MarkerState}). Communes are the markers' own (a predecessor's markers are its own);
 * the caller has checked its reader's scope.
 */
@Service
@Transactional(readOnly = true)
public class MarkerCoverage {

	/** A month's coverage of the markers of one post standing in one commune. */
	public record Month(long postId, long communeId, YearMonth month, long markers, long inspected, long overdue) {
	}

	/** The coverage of a period in one commune: its markers, how many were inspected, the inspections, overdue at its end. */
	public record Period(long communeId, long markers, long inspected, long inspections, long overdue) {
	}

	/** Whether a marker had an inspection within its post's period up to the day {@code day} (an SQL date). */
	private static String inspectedWithin(String day) {
		return inspectedWithin(day, "bs.inspection_days");
	}

	/** As {@link #inspectedWithin(String)}, the post's days read by {@code days} (null: the default). */
	private static String inspectedWithin(String day, String days) {
		return """
				exists (select 1 from marker_inspection i where i.marker_id = m.id and i.inspected_on <= %1$s
				        and i.inspected_on >= %1$s - coalesce(%2$s, %3$d))"""
			.formatted(day, days, BorderSetting.DEFAULT_DAYS);
	}

	private final NamedParameterJdbcTemplate jdbc;

	MarkerCoverage(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/**
	 * The months' coverage as SQL: one row per post, commune and month ({@code post_id, commune_id, month, markers,
	 * inspected, overdue}, as {@link Month}) over the markers that satisfy {@code markers} (a condition on
	 * {@code m}, a {@code border_marker}), for the months and the day "today" that {@link #range} adds to the
	 * parameters; overdue at the month's last day, or today for the current month. The review's live coverage, the
	 * coverage it freezes and that of data loaded in bulk all come from it.
	 */
	public static String aggregate(String markers) {
		String day = "cast(least(mo.month + interval '1 month' - interval '1 day', cast(:marker_today as timestamp)) as date)";
		return """
				select m.post_id, m.commune_id, cast(mo.month as date) as month, count(*) as markers,
				       count(*) filter (where exists (select 1 from marker_inspection i where i.marker_id = m.id
				           and i.inspected_on >= mo.month and i.inspected_on < mo.month + interval '1 month')) as inspected,
				       count(*) filter (where not %s) as overdue
				from border_marker m
				left join border_setting bs on bs.post_id = m.post_id
				cross join generate_series(cast(:marker_from as timestamp), cast(:marker_to as timestamp),
				    interval '1 month') as mo (month)
				where (%s)
				group by 1, 2, 3""".formatted(inspectedWithin(day), markers);
	}

	/**
	 * The months' inspections as SQL, for a report that shows per month only how many of the markers were inspected
	 * in it: one row per month of the range {@link #range} adds to the parameters ({@code month, markers, inspected})
	 * over the markers that satisfy {@code markers} (a condition on {@code m}), none without a marker. The same
	 * figures as {@link #aggregate}'s summed over posts and communes, from one pass over the period's inspections
	 * (its per-month test was two index probes for each marker and month: 9,000 for a province's year); a month is the
	 * timestamp's, without the time zone {@code date_trunc} of a date goes through.
	 */
	public static String monthsInspectedSql(String markers) {
		return """
				select cast(mo.month as date) as month, k.markers, coalesce(x.inspected, 0) as inspected
				from generate_series(cast(:marker_from as timestamp), cast(:marker_to as timestamp),
				    interval '1 month') as mo (month)
				cross join (select count(*) as markers from border_marker m where (%1$s)) k
				left join (select date_trunc('month', cast(i.inspected_on as timestamp)) as month,
				                  count(distinct i.marker_id) as inspected
				           from border_marker m join marker_inspection i on i.marker_id = m.id
				           where (%1$s) and i.inspected_on >= cast(:marker_from as date)
				             and i.inspected_on < cast(:marker_to as date) + interval '1 month'
				           group by 1) x on x.month = mo.month
				where k.markers > 0""".formatted(markers);
	}

	/** The parameters of {@link #aggregate}'s months {@code from..to} and of its today. */
	public static MapSqlParameterSource range(MapSqlParameterSource p, YearMonth from, YearMonth to, LocalDate today) {
		return p.addValue("marker_from", from.atDay(1), Types.DATE)
			.addValue("marker_to", to.atDay(1), Types.DATE)
			.addValue("marker_today", today, Types.DATE);
	}

	/** A row of {@link #aggregate}. */
	public static Month month(ResultSet rs) throws SQLException {
		return new Month(rs.getLong("post_id"), rs.getLong("commune_id"),
				YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("markers"), rs.getLong("inspected"),
				rs.getLong("overdue"));
	}

	/** A post's coverage in a month, by the communes its markers stand in, as it stands now. */
	public List<Month> ofPost(Long postId, YearMonth month, LocalDate today) {
		MapSqlParameterSource p = range(new MapSqlParameterSource("post", postId), month, month, today);
		return jdbc.query(aggregate("m.post_id = :post") + " order by 2", p, (rs, n) -> month(rs));
	}

	/** The coverage of the markers standing in the communes (whatever their post), month by month. */
	public List<Month> months(Collection<Long> communeIds, YearMonth from, YearMonth to, LocalDate today) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource p = range(new MapSqlParameterSource("communes", communeIds.toArray(Long[]::new)), from,
				to, today);
		return jdbc.query(aggregate("m.commune_id = any(:communes)") + " order by 3, 1, 2", p, (rs, n) -> month(rs));
	}

	/**
	 * The coverage of a period as SQL: one row per commune (as recorded) of the markers standing there (whatever
	 * their post) that satisfy {@code markers} ({@code commune_id, markers, inspected, inspections, overdue}, as
	 * {@link Period}): those inspected at least once in the range {@link #periodRange} adds to the parameters, the
	 * inspections, those overdue at its end (or today, if earlier). The period report composes it with the months'
	 * coverage ({@link #aggregate}) and the situation's counts into one statement. A marker's post's days are read by
	 * its key (a post's markers are a few dozen; a join hashed the 500 posts' settings on every view).
	 */
	public static String periodSql(String markers) {
		return """
				select m.commune_id, count(*) as markers, count(*) filter (where x.n > 0) as inspected,
				       coalesce(sum(x.n), 0) as inspections, count(*) filter (where not %s) as overdue
				from border_marker m
				cross join lateral (select count(*) as n from marker_inspection i where i.marker_id = m.id
				                    and i.inspected_on between :marker_pfrom and :marker_pto) x
				where (%s)
				group by 1""".formatted(inspectedWithin("cast(:marker_pend as date)",
				"(select bs.inspection_days from border_setting bs where bs.post_id = m.post_id)"), markers);
	}

	/** The parameters of {@link #periodSql}'s days {@code from..to} and its end: {@code to}, or today if earlier. */
	public static MapSqlParameterSource periodRange(MapSqlParameterSource p, LocalDate from, LocalDate to,
			LocalDate today) {
		return p.addValue("marker_pfrom", from, Types.DATE)
			.addValue("marker_pto", to, Types.DATE)
			.addValue("marker_pend", to.isAfter(today) ? today : to, Types.DATE);
	}

	/**
	 * The coverage of a period by commune ({@link #periodSql}): the markers standing in the communes (whatever
	 * their post), those inspected at least once between {@code from} and {@code to}, the inspections, and those
	 * overdue on {@code to} (or today, if earlier).
	 */
	public List<Period> period(Collection<Long> communeIds, LocalDate from, LocalDate to, LocalDate today) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource p = periodRange(new MapSqlParameterSource("communes", communeIds.toArray(Long[]::new)),
				from, to, today);
		return jdbc.query(periodSql("m.commune_id = any(:communes)") + " order by 1", p,
				(rs, n) -> new Period(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
	}

	/** The post's markers overdue today (the commander's dashboard). */
	public long overdue(Long postId, LocalDate today) {
		Long n = jdbc.queryForObject("""
				select count(*) from border_marker m left join border_setting bs on bs.post_id = m.post_id
				where m.post_id = :post and not %s""".formatted(inspectedWithin("cast(:today as date)")),
				new MapSqlParameterSource("post", postId).addValue("today", today, Types.DATE), Long.class);
		return n == null ? 0 : n;
	}

}
