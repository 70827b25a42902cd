package vn.phoihop.situation;

import java.sql.Types;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's figures for other modules (the monthly review, the reports, the dashboard): counts, never content,
 * so restricted items count like the others. The caller passes the communes it reports on, with their predecessors
 * (as it does for the activities' figures), and has checked its reader's scope.
 */
@Service
@Transactional(readOnly = true)
public class SituationFigures {

	/** Items of one commune, category (by code) and severity in the period; {@code open}: still new or followed. */
	public record Count(long communeId, String categoryCode, Severity severity, long items, long open) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	SituationFigures(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/** The month's items by commune, category and severity, the communes as recorded (a predecessor's are its own). */
	public List<Count> month(Collection<Long> communeIds, YearMonth month) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("communes", communeIds.toArray(Long[]::new))
			.addValue("from", month.atDay(1), Types.DATE)
			.addValue("to", month.atEndOfMonth(), Types.DATE);
		return jdbc.query("""
				select s.commune_id, c.code, s.severity, count(*),
				       count(*) filter (where s.status in ('NEW', 'FOLLOWING'))
				from situation_item s join situation_category c on c.id = s.category_id
				where s.commune_id = any(:communes) and s.occurred_on between :from and :to
				group by s.commune_id, c.code, s.severity
				order by s.commune_id, c.code, s.severity""", p,
				(rs, n) -> new Count(rs.getLong(1), rs.getString(2), Severity.valueOf(rs.getString(3)), rs.getLong(4),
						rs.getLong(5)));
	}

	/** Items still new or being followed in the communes, whatever their month. */
	public long open(Collection<Long> communeIds) {
		Long n = jdbc.queryForObject(
				"select count(*) from situation_item s where s.commune_id = any(:communes) and s.status in ('NEW', 'FOLLOWING')",
				new MapSqlParameterSource("communes", communeIds.toArray(Long[]::new)), Long.class);
		return n == null ? 0 : n;
	}

}
