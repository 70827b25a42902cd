package vn.phoihop.situation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.reference.ReferenceData;
import vn.phoihop.reference.ReferenceKind;

/**
 * The register's figures for other modules (the monthly review, the reports, the dashboard): counts, never content.
 * A restricted item counts in its commune, month, category and total like any other, but under no severity
 * ({@code severity} null) and never as still followed: its severity and its follow-up are part of what only the
 * commander and its author read (docs/design.md §11), and these figures reach every reader of a review or a report,
 * the provincial command included. The caller passes the communes it reports on, with their predecessors (as it does
 * for the activities' figures), and has checked its reader's scope; communes are as recorded (a predecessor's items
 * are its own), the caller maps them to today's communes if it needs to.
 */
@Service
@Transactional(readOnly = true)
public class SituationFigures {

	/** The statuses of an item still being followed. */
	static final String OPEN = "('NEW', 'FOLLOWING')";

	/**
	 * Items of one commune, month, category (by code) and severity (null: restricted items) that happened in the
	 * period; {@code open}: of those, still new or being followed today (0 for restricted items).
	 */
	public record Count(long communeId, YearMonth month, String categoryCode, Severity severity, long items,
			long open) {

		public boolean restricted() {
			return severity == null;
		}

	}

	/**
	 * A month's figure of one commune, category and severity (null: restricted items): {@code items} that happened in
	 * the month, {@code followed} those that happened by the month's end and are still new or being followed (0 for
	 * restricted items). The review shows and freezes these ({@link #aggregate}).
	 */
	public record MonthFigure(long communeId, YearMonth month, String categoryCode, Severity severity, long items,
			long followed) {

		public boolean restricted() {
			return severity == null;
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ReferenceData reference;

	SituationFigures(DataSource dataSource, ReferenceData reference) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.reference = reference;
	}

	/** The severity as counted: a restricted item's is not. */
	private static final String SEVERITY = "case when s.restricted then null else s.severity end";

	/**
	 * The month's figures as SQL: one row per commune (as recorded), month, category and severity ({@code commune_id,
	 * month, category_code, severity, items, followed}, as {@link MonthFigure}) over the items of the communes that
	 * satisfy {@code communes} (a condition on {@code s.commune_id}), for the months of the range {@link #range} adds
	 * to the parameters. An item counts in the month it happened; one still followed counts as followed in that
	 * month and in each month after it up to the range's last. The review's live figures, the figures it freezes and
	 * the frozen figures of data loaded in bulk all come from it.
	 */
	public static String aggregate(String communes) {
		return """
				select s.commune_id, cast(m.month as date) as month, c.code as category_code, %1$s as severity,
				       count(*) filter (where date_trunc('month', s.occurred_on) = m.month) as items,
				       count(*) filter (where s.status in %2$s and not s.restricted) as followed
				from situation_item s
				join situation_category c on c.id = s.category_id
				cross join lateral generate_series(
				    greatest(date_trunc('month', s.occurred_on), cast(:situation_from as timestamp)),
				    case when s.status in %2$s and not s.restricted then cast(:situation_to as timestamp)
				         else date_trunc('month', s.occurred_on) end,
				    interval '1 month') as m (month)
				where (%3$s) and s.occurred_on < cast(:situation_to as date) + interval '1 month'
				  and (s.occurred_on >= cast(:situation_from as date) or (s.status in %2$s and not s.restricted))
				group by 1, 2, 3, 4""".formatted(SEVERITY, OPEN, communes);
	}

	/** The parameters of {@link #aggregate}'s months, {@code from..to}. */
	public static MapSqlParameterSource range(MapSqlParameterSource p, YearMonth from, YearMonth to) {
		return p.addValue("situation_from", from.atDay(1), Types.DATE)
			.addValue("situation_to", to.atDay(1), Types.DATE);
	}

	/** A row of {@link #aggregate}. */
	public static MonthFigure monthFigure(ResultSet rs) throws SQLException {
		String severity = rs.getString("severity");
		return new MonthFigure(rs.getLong("commune_id"), YearMonth.from(rs.getDate("month").toLocalDate()),
				rs.getString("category_code"), severity == null ? null : Severity.valueOf(severity),
				rs.getLong("items"), rs.getLong("followed"));
	}

	/** The month's figures of the communes as they stand now ({@link #aggregate}). */
	public List<MonthFigure> month(Collection<Long> communeIds, YearMonth month) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource p = range(new MapSqlParameterSource("communes", communeIds.toArray(Long[]::new)), month,
				month);
		return jdbc.query(aggregate("s.commune_id = any(:communes)") + " order by 1, 3, 4", p,
				(rs, n) -> monthFigure(rs));
	}

	/**
	 * The period's items as SQL: one row per commune (as recorded), month, category and severity ({@code commune_id,
	 * month, category_code, severity, items, open}, as {@link Count}) over the items of the communes that satisfy
	 * {@code communes} (a condition on {@code s.commune_id}) that happened in the range {@link #periodRange} adds to
	 * the parameters ({@link #period}; the period report sums the same items with {@link #periodSumsSql}).
	 */
	private static String periodSql(String communes) {
		return """
				select s.commune_id, cast(s.month as date) as month, c.code as category_code, s.severity,
				       count(*) as items, count(*) filter (where s.open) as open
				from (%s) s join situation_category c on c.id = s.category_id
				group by 1, 2, 3, 4""".formatted(periodItems(communes));
	}

	/**
	 * The period's items summed under three keys in one pass, as SQL for the period report: its category and severity
	 * ({@code kind} 'S'), its month ('X', {@code month} as yyyymm) and its commune ('C'), each row
	 * {@code kind, commune_id, month, category_code, severity, items, serious, restricted, open} (serious: serious
	 * and urgent; restricted items under no severity and never open), over the items of the range {@link #periodRange}
	 * adds to the parameters. The items are summed as they are read (grouping sets over the rows), not first by all
	 * four keys and then again: a quarter less PostgreSQL time for a post's five years (docs/performance.md,
	 * change 68).
	 */
	public static String periodSumsSql(String communes) {
		return """
				select case grouping(c.code, s.severity, s.month) when 1 then 'S' when 6 then 'X' else 'C' end as kind,
				       s.commune_id, cast(to_char(s.month, 'YYYYMM') as int) as month, c.code as category_code,
				       s.severity, count(*) as items,
				       count(*) filter (where s.severity in ('SERIOUS', 'URGENT')) as serious,
				       count(*) filter (where s.severity is null) as restricted, count(*) filter (where s.open) as open
				from (%s) s join situation_category c on c.id = s.category_id
				group by grouping sets ((c.code, s.severity), (s.month), (s.commune_id))""".formatted(
				periodItems(communes));
	}

	/**
	 * The items of the communes that satisfy {@code communes} that happened in the range {@link #periodRange} adds to
	 * the parameters, one row each: {@code commune_id, category_id, month} (the first day, a timestamp: of a date,
	 * {@code date_trunc} goes through {@code timestamptz}), {@code severity} (null: restricted), {@code open}.
	 */
	private static String periodItems(String communes) {
		return """
				select s.commune_id, s.category_id, date_trunc('month', cast(s.occurred_on as timestamp)) as month,
				       %s as severity, s.status in %s and not s.restricted as open
				from situation_item s
				where (%s) and s.occurred_on between :situation_pfrom and :situation_pto""".formatted(SEVERITY, OPEN,
				communes);
	}

	/** The parameters of the period's days ({@link #periodSumsSql}, {@link #period}), {@code from..to}. */
	public static MapSqlParameterSource periodRange(MapSqlParameterSource p, LocalDate from, LocalDate to) {
		return p.addValue("situation_pfrom", from, Types.DATE).addValue("situation_pto", to, Types.DATE);
	}

	/** The items that happened in the period, by commune, month, category and severity (null: restricted). */
	public List<Count> period(Collection<Long> communeIds, LocalDate from, LocalDate to) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource p = periodRange(
				new MapSqlParameterSource().addValue("communes", communeIds.toArray(Long[]::new)), from, to);
		return jdbc.query(periodSql("s.commune_id = any(:communes)") + " order by 1, 2, 3, 4", p,
				(rs, n) -> new Count(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getString(3),
						rs.getString(4) == null ? null : Severity.valueOf(rs.getString(4)), rs.getLong(5),
						rs.getLong(6)));
	}

	/** Items still new or being followed in the communes, whatever their month, restricted ones included. */
	public long open(Collection<Long> communeIds) {
		if (communeIds.isEmpty()) {
			return 0;
		}
		Long n = jdbc.queryForObject("select count(*) from situation_item s where s.commune_id = any(:communes) "
				+ "and s.status in " + OPEN, new MapSqlParameterSource("communes", communeIds.toArray(Long[]::new)),
				Long.class);
		return n == null ? 0 : n;
	}

	/**
	 * The categories' labels by code in the reader's language, in the register's order (retired ones too): the
	 * reference data's rows as {@link ReferenceData} keeps them (read again when {@code /admin/reference} changes one),
	 * so the review's month page spends no statement on them.
	 */
	public Map<String, String> categoryLabels(Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		reference.all(ReferenceKind.SITUATION_CATEGORY).forEach(c -> labels.put(c.code(), c.label(locale)));
		return labels;
	}

}
