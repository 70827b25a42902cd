package vn.phoihop.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.border.MarkerCoverage;
import vn.phoihop.situation.Severity;
import vn.phoihop.situation.SituationFigures;
import vn.phoihop.situation.SituationFigures.MonthFigure;
import vn.phoihop.territory.Commune;

/**
 * The month's situation as the review shows it and freezes it with each conclusion, like the activity figures
 * ({@link FrozenFigures}): the situation register's items per today's commune, category and severity
 * ({@link SituationFigures#aggregate}) and the marker inspection coverage per commune of the post's markers
 * ({@link MarkerCoverage#aggregate}). A predecessor's items and markers count for the commune it was merged into.
 * Once frozen, later changes to the items, the markers or their inspections do not move a concluded month.
 */
@Service
@Transactional
class FrozenSituation {

	/** A month's situation: the items' figures and the markers' coverage, per today's commune. */
	record Month(List<Figure> figures, List<Coverage> coverage) {
	}

	/** Items of one commune, category and severity (null: restricted): of the month, still followed. */
	record Figure(long communeId, String categoryCode, Severity severity, long items, long followed) {
	}

	/** The coverage of the post's markers standing in one commune. */
	record Coverage(long communeId, long markers, long inspected, long overdue) {
	}

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final SituationFigures situation;

	private final MarkerCoverage markers;

	private final ReviewAccess access;

	FrozenSituation(JdbcTemplate jdbc, SituationFigures situation, MarkerCoverage markers, ReviewAccess access) {
		this.access = access;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.situation = situation;
		this.markers = markers;
	}

	/**
	 * The month as it stands now: the items of {@code communeIds} (the month's communes with their predecessors), the
	 * markers of the post; each row under the commune {@code currentOf} gives for its own (summed when several merged).
	 */
	@Transactional(readOnly = true)
	Month live(Long postId, Collection<Long> communeIds, Map<Long, Long> currentOf, YearMonth month) {
		Map<List<Object>, Figure> figures = new LinkedHashMap<>();
		for (MonthFigure f : situation.month(communeIds, month)) {
			long commune = currentOf.getOrDefault(f.communeId(), f.communeId());
			figures.merge(List.of(commune, f.categoryCode(), Objects.toString(f.severity(), "")),
					new Figure(commune, f.categoryCode(), f.severity(), f.items(), f.followed()),
					(a, b) -> new Figure(commune, a.categoryCode(), a.severity(), a.items() + b.items(),
							a.followed() + b.followed()));
		}
		Map<Long, Coverage> coverage = new LinkedHashMap<>();
		for (MarkerCoverage.Month c : markers.ofPost(postId, month, LocalDate.now())) {
			long commune = currentOf.getOrDefault(c.communeId(), c.communeId());
			coverage.merge(commune, new Coverage(commune, c.markers(), c.inspected(), c.overdue()),
					(a, b) -> new Coverage(commune, a.markers() + b.markers(), a.inspected() + b.inspected(),
							a.overdue() + b.overdue()));
		}
		return new Month(List.copyOf(figures.values()), List.copyOf(coverage.values()));
	}

	/** Keeps the month of the post's communes with a conclusion (an edition), as it stands at this moment. */
	void freeze(long editionId, Long postId, List<Commune> communes, YearMonth month) {
		Map<Long, Long> currentOf = access.currentOf(communes);
		keep(editionId, live(postId, currentOf.keySet(), currentOf, month));
	}

	private void keep(long editionId, Month month) {
		List<Object[]> rows = new ArrayList<>();
		for (Figure f : month.figures()) {
			rows.add(new Object[] { editionId, f.communeId(), f.categoryCode(),
					f.severity() == null ? null : f.severity().name(), f.items(), f.followed() });
		}
		jdbc.batchUpdate("""
				insert into review_situation_figure (edition_id, commune_id, category_code, severity, items, followed)
				values (?, ?, ?, ?, ?, ?)""", rows, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR,
				Types.VARCHAR, Types.INTEGER, Types.INTEGER });
		List<Object[]> coverage = new ArrayList<>();
		for (Coverage c : month.coverage()) {
			coverage.add(new Object[] { editionId, c.communeId(), c.markers(), c.inspected(), c.overdue() });
		}
		jdbc.batchUpdate("insert into review_marker_coverage (edition_id, commune_id, markers, inspected, overdue) "
				+ "values (?, ?, ?, ?, ?)", coverage);
		jdbc.update("update review_edition set situation_frozen = true where id = ?", editionId);
	}

	/**
	 * The frozen month of each edition, read with the editions in {@link FrozenFigures#editions}'s one statement:
	 * its columns (from {@code e}, a {@code review_edition}) and the joins that give them.
	 */
	static final String COLUMNS = "e.situation_frozen, s.communes, s.categories, s.severities, s.items, s.followed, "
			+ "m.communes, m.markers, m.inspected, m.overdue";

	static final String JOINS = """
			left join lateral (select array_agg(x.commune_id order by x.commune_id, x.category_code, x.severity) communes,
			    array_agg(x.category_code order by x.commune_id, x.category_code, x.severity) categories,
			    array_agg(x.severity order by x.commune_id, x.category_code, x.severity) severities,
			    array_agg(x.items order by x.commune_id, x.category_code, x.severity) items,
			    array_agg(x.followed order by x.commune_id, x.category_code, x.severity) followed
			  from review_situation_figure x where x.edition_id = e.id) s on e.situation_frozen
			left join lateral (select array_agg(y.commune_id order by y.commune_id) communes,
			    array_agg(y.markers order by y.commune_id) markers, array_agg(y.inspected order by y.commune_id) inspected,
			    array_agg(y.overdue order by y.commune_id) overdue
			  from review_marker_coverage y where y.edition_id = e.id) m on e.situation_frozen""";

	/** The frozen month of {@link #COLUMNS} starting at column {@code at}; null when the edition has none. */
	static Month frozen(ResultSet rs, int at) throws SQLException {
		if (!rs.getBoolean(at)) {
			return null;
		}
		List<Figure> figures = new ArrayList<>();
		Object[] communes = array(rs, at + 1);
		Object[] categories = array(rs, at + 2);
		Object[] severities = array(rs, at + 3);
		Object[] items = array(rs, at + 4);
		Object[] followed = array(rs, at + 5);
		for (int i = 0; i < communes.length; i++) {
			figures.add(new Figure(((Number) communes[i]).longValue(), (String) categories[i],
					severities[i] == null ? null : Severity.valueOf((String) severities[i]),
					((Number) items[i]).longValue(), ((Number) followed[i]).longValue()));
		}
		List<Coverage> coverage = new ArrayList<>();
		Object[] markerCommunes = array(rs, at + 6);
		Object[] markers = array(rs, at + 7);
		Object[] inspected = array(rs, at + 8);
		Object[] overdue = array(rs, at + 9);
		for (int i = 0; i < markerCommunes.length; i++) {
			coverage.add(new Coverage(((Number) markerCommunes[i]).longValue(), ((Number) markers[i]).longValue(),
					((Number) inspected[i]).longValue(), ((Number) overdue[i]).longValue()));
		}
		return new Month(figures, coverage);
	}

	private static Object[] array(ResultSet rs, int column) throws SQLException {
		java.sql.Array a = rs.getArray(column);
		return a == null ? new Object[0] : (Object[]) a.getArray();
	}

	/** The concluded editions (of one post, or all) whose situation is not frozen yet. */
	private static final String PENDING = """
			select e.id as edition_id, r.post_id, r.month from review_edition e join monthly_review r on r.id = e.review_id
			where r.status = 'CONCLUDED' and not e.situation_frozen and (cast(:post as bigint) is null or r.post_id = :post)""";

	/**
	 * Freezes the situation of every concluded edition (of one post, or of all when {@code postId} is null) that has
	 * none yet, with the same aggregates as {@link #live} over the communes each post covers today, a predecessor
	 * counted for the commune it was merged into. For data loaded in bulk (the demo data, the benchmark's data set),
	 * through {@link FrozenFigures#freezeConcluded}. Returns the number of editions frozen.
	 */
	int freezeConcluded(Long postId) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("post", postId, Types.BIGINT);
		LocalDate[] range = named.query("select min(r.month), max(r.month) from (" + PENDING + ") r", p,
				rs -> rs.next() && rs.getDate(1) != null
						? new LocalDate[] { rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate() } : null);
		if (range == null) {
			return 0;
		}
		YearMonth from = YearMonth.from(range[0]);
		YearMonth to = YearMonth.from(range[1]);
		SituationFigures.range(p, from, to);
		MarkerCoverage.range(p, from, to, LocalDate.now());
		named.update("""
				insert into review_situation_figure (edition_id, commune_id, category_code, severity, items, followed)
				select e.edition_id, coalesce(c.merged_into_id, c.id), f.category_code, f.severity, sum(f.items),
				       sum(f.followed)
				from (%s) e
				join (%s) f on f.month = e.month
				join commune c on c.id = f.commune_id
				join post_coverage pc on pc.post_id = e.post_id and pc.commune_id = coalesce(c.merged_into_id, c.id)
				  and pc.valid_from <= current_date and (pc.valid_to is null or pc.valid_to >= current_date)
				group by 1, 2, 3, 4""".formatted(PENDING, SituationFigures.aggregate("true")), p);
		named.update("""
				insert into review_marker_coverage (edition_id, commune_id, markers, inspected, overdue)
				select e.edition_id, coalesce(c.merged_into_id, c.id), sum(f.markers), sum(f.inspected), sum(f.overdue)
				from (%s) e
				join (%s) f on f.month = e.month and f.post_id = e.post_id
				join commune c on c.id = f.commune_id
				group by 1, 2""".formatted(PENDING, MarkerCoverage.aggregate("true")), p);
		return named.update("update review_edition set situation_frozen = true where id in (select edition_id from ("
				+ PENDING + ") e)", p);
	}

}
