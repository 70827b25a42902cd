package vn.phoihop.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;

/**
 * A month's figures, as the monthly review shows and freezes them: the submitted activities that have a content
 * area, per current commune (a record of a commune merged into another counts for the commune it was merged into)
 * and content area. The aggregate is written once ({@link #aggregate}): the review's live figures, the figures it
 * freezes when a month is concluded, and the frozen figures of the demo data and the benchmark's data set all come
 * from it. One of the two public types through which the review reads this module.
 */
@Service
@NamedInterface("month")
@Transactional(readOnly = true)
public class MonthFigures {

	/** The figures of one current commune and content area (or a sum of them: a commune's row, the post's total). */
	public record Figure(Long communeId, ContentArea contentArea, ActivityCounts counts) {

		public long of(Target.Metric metric) {
			return counts.of(metric);
		}

		public static Figure zero(Long communeId, ContentArea area) {
			return new Figure(communeId, area, ActivityCounts.ZERO);
		}

		public static Figure sum(Long communeId, Collection<Figure> figures) {
			return new Figure(communeId, null, ActivityCounts.sum(figures.stream().map(Figure::counts).toList()));
		}

	}

	/** One activity of the month, listed read-only in a commune's monthly report. */
	public record Line(Long id, LocalDate date, String type, String contentArea, String title, String status) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	MonthFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The aggregate as SQL: one row per current commune, month and content area ({@code commune_id, month,
	 * content_area}, then the columns of {@link ActivityMonthTotals#counts(String)}), over the submitted activities
	 * with a content area of the communes that satisfy {@code communes} (a condition on {@code x.commune_id}), dated
	 * in the range that {@link #range} adds to the parameters. Whole months come from the monthly totals (V043).
	 */
	public static String aggregate(String communes) {
		return """
				select coalesce(c.merged_into_id, c.id) commune_id, f.month, f.content_area, %s
				from %s
				join commune c on c.id = f.commune_id
				group by 1, 2, 3""".formatted(ActivityMonthTotals.counts("f"), ActivityMonthTotals
			.source("x.status = 'SUBMITTED' and x.content_area is not null and (" + communes + ")", "f"));
	}

	/** The parameters of {@link #aggregate}'s range of days, {@code from..to}. */
	public static MapSqlParameterSource range(MapSqlParameterSource p, LocalDate from, LocalDate to) {
		return ActivityMonthTotals.range(p, from, to);
	}

	/** A row of {@link #aggregate}. */
	public static Figure figure(ResultSet rs) throws SQLException {
		return new Figure(rs.getLong("commune_id"), ContentArea.valueOf(rs.getString("content_area")),
				ActivityMonthTotals.counts(rs));
	}

	/** The month's figures of the given communes (with their predecessors), as they stand now. */
	public List<Figure> live(Collection<Long> communeIds, YearMonth month) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource p = range(new MapSqlParameterSource("ids", communeIds.toArray(Long[]::new)),
				month.atDay(1), month.atEndOfMonth());
		return jdbc.query(aggregate("x.commune_id = any(:ids)") + " order by 1, 3", p, (rs, i) -> figure(rs));
	}

	/**
	 * The month's figures as {@link #live}, with the same activities counted by current commune and type, in the one
	 * statement (the review's month page has no statement to spare): the figures and the counts by type
	 * ({@link Live#byType}) of the open month's page.
	 */
	public Live liveWithTypes(Collection<Long> communeIds, YearMonth month) {
		if (communeIds.isEmpty()) {
			return new Live(List.of(), List.of());
		}
		MapSqlParameterSource p = range(new MapSqlParameterSource("ids", communeIds.toArray(Long[]::new)),
				month.atDay(1), month.atEndOfMonth());
		List<Figure> figures = new ArrayList<>();
		List<TypeCount> types = new ArrayList<>();
		jdbc.query("""
				select grouping(f.type) by_area, coalesce(c.merged_into_id, c.id) commune_id, f.content_area, f.type, %s
				from %s
				join commune c on c.id = f.commune_id
				group by grouping sets ((coalesce(c.merged_into_id, c.id), f.content_area),
				  (coalesce(c.merged_into_id, c.id), f.type))
				order by 1, 2, 3""".formatted(ActivityMonthTotals.counts("f"), ActivityMonthTotals
			.source("x.status = 'SUBMITTED' and x.content_area is not null and x.commune_id = any(:ids)", "f")), p,
				rs -> {
					if (rs.getInt("by_area") == 1) {
						figures.add(figure(rs));
					}
					else {
						types.add(new TypeCount(rs.getLong("commune_id"), rs.getString("type"), rs.getLong("activities")));
					}
				});
		return new Live(figures, types);
	}

	/** A month's figures as they stand now, and its activities per current commune and type. */
	public record Live(List<Figure> figures, List<TypeCount> types) {

		/**
		 * The activities by type of these current communes, in the types' order ({@link ActivityMonthTotals#byType}):
		 * label key → activities. Every type counts here, one added in {@code /admin/reference} included.
		 */
		public Map<String, Long> byType(Collection<Long> communeIds) {
			Map<String, Long> byCode = new LinkedHashMap<>();
			types.stream().filter(t -> communeIds.contains(t.communeId()))
				.forEach(t -> byCode.merge(t.type(), t.activities(), Long::sum));
			return ActivityMonthTotals.byType(byCode);
		}

	}

	/** The activities of one current commune and type in a month. */
	public record TypeCount(long communeId, String type, long activities) {
	}

	/** The month's activities of a commune (and its predecessors), for the read-only list in its monthly report. */
	public List<Line> lines(Collection<Long> communeIds, YearMonth month) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query("""
				select id, activity_date, type, content_area, title, status from activity
				where commune_id = any(:ids) and activity_date >= :from and activity_date < :to
				order by activity_date, id""",
				new MapSqlParameterSource("ids", communeIds.toArray(Long[]::new))
					.addValue("from", month.atDay(1))
					.addValue("to", month.plusMonths(1).atDay(1)),
				(rs, i) -> new Line(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)));
	}

}
