package vn.phoihop.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.PartyFunction;
import vn.phoihop.activity.MonthFigures;
import vn.phoihop.activity.MonthFigures.Figure;
import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.agreement.ContentArea;

/**
 * The figures kept with each conclusion (edition) of a monthly review: frozen when the month is concluded and never
 * changed afterwards, so a printed conclusion keeps its numbers whatever is corrected later. They are the month's
 * figures of the activity module ({@link MonthFigures}) at that moment. The demo data and the benchmark's data set
 * freeze theirs through {@link #freezeConcluded}, the same aggregate for every concluded month at once.
 */
@Service
@Transactional
public class FrozenFigures {

	private static final String COLUMNS = """
			edition_id, commune_id, content_area, activities, sessions, attendees, patrols, pt_border_guard, pt_militia,
			pt_police, pt_resident, pt_other, household_visits, economic_support""";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final FrozenSituation situation;

	FrozenFigures(JdbcTemplate jdbc, FrozenSituation situation) {
		this.jdbc = jdbc;
		this.situation = situation;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Keeps a conclusion (with the communes not reported and the reason, if any) and its figures; its id. */
	long freeze(MonthlyReview r, String by, List<Figure> figures) {
		Long editionId = jdbc.queryForObject("""
				insert into review_edition (review_id, edition, conclusion_number, concluded_on, concluded_by,
				  unreported_commune_ids, unreported_reason, signer_username, signer_function, signer_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, r.getId(), r.getEdition(),
				r.getConclusionNumber(), Date.valueOf(r.getConcludedOn()), by,
				r.getUnreportedCommuneIds().toArray(Long[]::new), r.getUnreportedReason(), r.getSignerUsername(),
				r.getSignerFunction() == null ? null : r.getSignerFunction().name(), r.getSignerName());
		List<Object[]> rows = new ArrayList<>();
		for (Figure f : figures) {
			ActivityCounts c = f.counts();
			rows.add(new Object[] { editionId, f.communeId(), f.contentArea().name(), c.activities(),
					c.outreachSessions(), c.attendees(), c.patrols(), c.borderGuard(), c.militia(), c.police(),
					c.resident(), c.other(), c.householdVisits(), c.economicSupport() });
		}
		jdbc.batchUpdate("insert into review_figure (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
		return editionId;
	}

	/**
	 * Freezes the figures of every edition of the concluded reviews (of one post, or of all when {@code postId} is
	 * null) that has none yet, from the month's figures over the post's communes as {@link ReviewDecisions#conclude}
	 * takes them (the communes the post covers today, with their predecessors). For data loaded in bulk: the demo
	 * data and the benchmark's generator. Their situation is frozen too ({@link FrozenSituation#freezeConcluded}), so
	 * the situation register and the markers are loaded first. Returns the number of figures written.
	 */
	public int freezeConcluded(Long postId) {
		situation.freezeConcluded(postId);
		MapSqlParameterSource p = MonthFigures.range(new MapSqlParameterSource().addValue("post", postId, Types.BIGINT),
				null, null);
		return named.update("""
				insert into review_figure (%s)
				select e.id, f.commune_id, f.content_area, f.activities, f.outreach_sessions, f.attendees, f.patrols,
				  f.border_guard, f.militia, f.police, f.resident, f.other, f.household_visits, f.economic_support
				from review_edition e
				join monthly_review r on r.id = e.review_id
				join (%s) f on f.month = r.month
				join post_coverage pc on pc.post_id = r.post_id and pc.commune_id = f.commune_id
				  and pc.valid_from <= current_date and (pc.valid_to is null or pc.valid_to >= current_date)
				where r.status = 'CONCLUDED' and (cast(:post as bigint) is null or r.post_id = :post)
				  and not exists (select 1 from review_figure x where x.edition_id = e.id)
				""".formatted(COLUMNS, MonthFigures.aggregate("true")), p);
	}

	void markReopened(Long reviewId, int edition, String by, String reason) {
		jdbc.update("update review_edition set reopened_at = now(), reopened_by = ?, reopen_reason = ? "
				+ "where review_id = ? and edition = ?", by, reason, reviewId, edition);
	}

	/** Every conclusion of the review, oldest first, each with its frozen figures. */
	@Transactional(readOnly = true)
	List<Edition> editions(Long reviewId) {
		if (reviewId == null) {
			return List.of();
		}
		// the editions with their figures and their situation in one statement (an edition without figures has one
		// row of nulls; its situation's arrays are repeated on each of its figures' rows)
		Map<Long, Edition> editions = new LinkedHashMap<>();
		jdbc.query("""
				select e.id, e.edition, e.conclusion_number, e.concluded_on, e.concluded_by, e.concluded_at,
				       e.reopened_at, e.reopened_by, e.reopen_reason, e.unreported_commune_ids, e.unreported_reason,
				       f.commune_id, f.content_area, f.activities, f.sessions, f.attendees, f.patrols,
				       f.pt_border_guard, f.pt_militia, f.pt_police, f.pt_resident, f.pt_other, f.household_visits,
				       f.economic_support, e.signer_username, e.signer_function, e.signer_name, %s
				from review_edition e
				%s
				left join review_figure f on f.edition_id = e.id
				where e.review_id = ? order by e.edition, f.commune_id, f.content_area""".formatted(FrozenSituation.COLUMNS,
				FrozenSituation.JOINS), rs -> {
			long id = rs.getLong(1);
			Edition edition = editions.get(id);
			if (edition == null) {
				edition = new Edition(id, rs.getInt(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5),
						rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
						rs.getString(8), rs.getString(9), List.of((Long[]) rs.getArray(10).getArray()), rs.getString(11),
						new ArrayList<>(), rs.getString(SIGNER),
						rs.getString(SIGNER + 1) == null ? null : PartyFunction.valueOf(rs.getString(SIGNER + 1)),
						rs.getString(SIGNER + 2), FrozenSituation.frozen(rs, SIGNER + 3));
				editions.put(id, edition);
			}
			if (rs.getString(FIGURE + 1) != null) {
				edition.figures().add(frozen(rs));
			}
		}, reviewId);
		return List.copyOf(editions.values());
	}

	/** The column of {@link #editions}' statement where a figure's columns start (its commune). */
	private static final int FIGURE = 12;

	/** The column of {@link #editions}' statement where the signer's columns start (after the figure's 13). */
	private static final int SIGNER = FIGURE + 13;

	private static Figure frozen(ResultSet rs) throws SQLException {
		int f = FIGURE;
		return new Figure(rs.getLong(f), ContentArea.valueOf(rs.getString(f + 1)),
				new ActivityCounts(rs.getLong(f + 2), rs.getLong(f + 3), rs.getLong(f + 4), rs.getLong(f + 5), 0,
						rs.getLong(f + 6), rs.getLong(f + 7), rs.getLong(f + 8), rs.getLong(f + 9), rs.getLong(f + 10),
						rs.getLong(f + 11), rs.getLong(f + 12), 0, 0));
	}

}
