package vn.phoihop.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.territory.Scope;

/**
 * What a commune official logged this month, for the first page they see ("this month"): how many activities of the
 * commune (and of the communes merged into it) are dated in the month, how many of them are drafts (not counted in the
 * figures until sent), and the last few logged. Two statements on the activity table's (commune, date) index, like the
 * dashboard's other figures read the tables they count.
 */
@Service
@Transactional(readOnly = true)
public class OfficialMonth {

	/** How many of the month's activities are listed. */
	static final int RECENT = 5;

	/** The month's activities: their number, the drafts among them, the last ones logged. */
	public record Logged(YearMonth month, long count, long drafts, List<Recent> recent) {
	}

	/** An activity of the list, as its row shows it. */
	public record Recent(long id, LocalDate date, String type, String title, boolean draft) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	OfficialMonth(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Logged logged(Scope scope, YearMonth month) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("ids", scope.idsForQuery())
			.addValue("start", month.atDay(1))
			.addValue("end", month.atEndOfMonth())
			.addValue("limit", RECENT);
		long[] counts = jdbc.queryForObject("""
				select count(*), count(*) filter (where status = 'DRAFT') from activity
				where commune_id = any(:ids) and activity_date between :start and :end""", p,
				(rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) });
		List<Recent> recent = counts[0] == 0 ? List.of() : jdbc.query("""
				select id, activity_date, type, title, status from activity
				where commune_id = any(:ids) and activity_date between :start and :end
				order by created_at desc, id desc limit :limit""", p,
				(rs, i) -> new Recent(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
						"DRAFT".equals(rs.getString(5))));
		return new Logged(month, counts[0], counts[1], recent);
	}

}
