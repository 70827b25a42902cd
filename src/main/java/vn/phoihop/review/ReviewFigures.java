package vn.phoihop.review;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.phoihop.agreement.ContentArea;

/**
 * The month's figures, computed by one SQL aggregate over the activity log, and the frozen copies kept with each
 * conclusion (edition). A record of a commune merged into another counts for the commune it was merged into, so
 * a month's figures are per current commune.
 */
@Component
class ReviewFigures {

	private static final RowMapper<Figure> FIGURE = (rs, i) -> new Figure(rs.getLong(1),
			ContentArea.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
			rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13));

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ReviewFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Live figures of submitted activities of the month in the given communes (with their predecessors). */
	List<Figure> live(Collection<Long> communeIds, YearMonth month) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		return named.query("""
				select coalesce(c.merged_into_id, c.id), a.content_area, count(*),
				       count(*) filter (where a.type = 'OUTREACH'),
				       coalesce(sum(a.attendee_count), 0),
				       count(*) filter (where a.type = 'PATROL'),
				       coalesce(sum(a.part_border_guard), 0), coalesce(sum(a.part_militia), 0),
				       coalesce(sum(a.part_police), 0), coalesce(sum(a.part_resident), 0), coalesce(sum(a.part_other), 0),
				       count(*) filter (where a.type = 'HOUSEHOLD_VISIT'),
				       count(*) filter (where a.type = 'ECONOMIC_SUPPORT')
				from activity a join commune c on c.id = a.commune_id
				where a.commune_id in (:ids) and a.activity_date >= :from and a.activity_date < :to
				  and a.status = 'SUBMITTED' and a.content_area is not null
				group by 1, 2
				order by 1, 2
				""", new MapSqlParameterSource("ids", communeIds).addValue("from", Date.valueOf(month.atDay(1)))
			.addValue("to", Date.valueOf(month.plusMonths(1).atDay(1))), FIGURE);
	}

	/** Keeps a conclusion and its figures; they are never updated afterwards. */
	void freeze(Long reviewId, int edition, String number, LocalDate concludedOn, String by, List<Figure> figures) {
		Long editionId = jdbc.queryForObject("""
				insert into review_edition (review_id, edition, conclusion_number, concluded_on, concluded_by)
				values (?, ?, ?, ?, ?) returning id""", Long.class, reviewId, edition, number, Date.valueOf(concludedOn),
				by);
		List<Object[]> rows = new ArrayList<>();
		for (Figure f : figures) {
			rows.add(new Object[] { editionId, f.communeId(), f.contentArea().name(), f.activities(), f.sessions(),
					f.attendees(), f.patrols(), f.borderGuard(), f.militia(), f.police(), f.resident(), f.other(),
					f.householdVisits(), f.economicSupport() });
		}
		jdbc.batchUpdate("""
				insert into review_figure (edition_id, commune_id, content_area, activities, sessions, attendees, patrols,
				  pt_border_guard, pt_militia, pt_police, pt_resident, pt_other, household_visits, economic_support)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	void markReopened(Long reviewId, int edition, String by, String reason) {
		jdbc.update("update review_edition set reopened_at = now(), reopened_by = ?, reopen_reason = ? "
				+ "where review_id = ? and edition = ?", by, reason, reviewId, edition);
	}

	/** Every conclusion of the review, oldest first, each with its frozen figures. */
	List<Edition> editions(Long reviewId) {
		if (reviewId == null) {
			return List.of();
		}
		// the editions with their figures in one statement (an edition without figures has one row of nulls)
		Map<Long, Edition> editions = new LinkedHashMap<>();
		jdbc.query("""
				select e.id, e.edition, e.conclusion_number, e.concluded_on, e.concluded_by, e.concluded_at,
				       e.reopened_at, e.reopened_by, e.reopen_reason,
				       f.commune_id, f.content_area, f.activities, f.sessions, f.attendees, f.patrols,
				       f.pt_border_guard, f.pt_militia, f.pt_police, f.pt_resident, f.pt_other, f.household_visits,
				       f.economic_support
				from review_edition e left join review_figure f on f.edition_id = e.id
				where e.review_id = ? order by e.edition, f.commune_id, f.content_area""", rs -> {
			long id = rs.getLong(1);
			Edition edition = editions.get(id);
			if (edition == null) {
				edition = new Edition(id, rs.getInt(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5),
						rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
						rs.getString(8), rs.getString(9), new ArrayList<>());
				editions.put(id, edition);
			}
			if (rs.getString(11) != null) {
				edition.figures().add(new Figure(rs.getLong(10), ContentArea.valueOf(rs.getString(11)), rs.getLong(12),
						rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17), rs.getLong(18),
						rs.getLong(19), rs.getLong(20), rs.getLong(21), rs.getLong(22)));
			}
		}, reviewId);
		return List.copyOf(editions.values());
	}

	/** The month's activities of a commune (and its predecessors), for the read-only list in a submission. */
	List<ActivityLine> activities(Collection<Long> communeIds, YearMonth month) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		return named.query("""
				select id, activity_date, type, content_area, title, status from activity
				where commune_id in (:ids) and activity_date >= :from and activity_date < :to
				order by activity_date, id""",
				new MapSqlParameterSource("ids", communeIds).addValue("from", Date.valueOf(month.atDay(1)))
					.addValue("to", Date.valueOf(month.plusMonths(1).atDay(1))),
				(rs, i) -> new ActivityLine(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6)));
	}

}
