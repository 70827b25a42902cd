package vn.phoihop.situation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/**
 * The register's read side: a page of the filtered items, the counts by category (the provincial command's view),
 * cut to the reader's scope; a restricted item's content is blanked here, for a reader who does not see it
 * ({@link SituationAccess}).
 */
@Service
@Transactional(readOnly = true)
class SituationList {

	/** One row of the register; {@code hidden}: a restricted item whose content the reader does not see. */
	record Line(long id, LocalDate occurredOn, LocalTime occurredTime, long communeId, Long villageId, long categoryId,
			Severity severity, FollowUp status, String summary, boolean restricted, boolean hidden,
			String recordedBy) {
	}

	private static final String COLUMNS = "s.id, s.occurred_on, s.occurred_time, s.commune_id, s.village_id, "
			+ "s.category_id, s.severity, s.status, s.summary, s.restricted, s.recorded_by";

	private final NamedParameterJdbcTemplate jdbc;

	private final ScopeService scopes;

	SituationList(DataSource dataSource, ScopeService scopes) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.scopes = scopes;
	}

	SituationFilter.Condition where(CurrentUser user, SituationFilter f) {
		Scope scope = scopes.scopeOf(user);
		Scope communes = f.communeId == null ? null : scopes.withPredecessors(List.of(f.communeId));
		return f.where(scope, communes, SituationAccess.readsRestricted(user), user.getUsername());
	}

	Page<Line> page(CurrentUser user, SituationFilter f, int page) {
		SituationFilter.Condition where = where(user, f);
		Long total = jdbc.queryForObject("select count(*) from situation_item s where " + where.sql(), where.params(),
				Long.class);
		PageRequest request = PageRequest.of(Paging.index(page), Paging.SIZE);
		where.params().addValue("limit", request.getPageSize()).addValue("offset", request.getOffset());
		List<Line> lines = jdbc.query("select " + COLUMNS + " from situation_item s where " + where.sql()
				+ " order by s.occurred_on desc, s.occurred_time desc nulls last, s.id desc limit :limit offset :offset",
				where.params(), (rs, n) -> line(rs, user));
		return new PageImpl<>(lines, request, total == null ? 0 : total);
	}

	/** Every item of the filter, newest first, for the export (a register is hundreds of items a year per post). */
	List<Line> all(CurrentUser user, SituationFilter f) {
		SituationFilter.Condition where = where(user, f);
		return jdbc.query("select " + COLUMNS + " from situation_item s where " + where.sql()
				+ " order by s.occurred_on desc, s.occurred_time desc nulls last, s.id desc", where.params(),
				(rs, n) -> line(rs, user));
	}

	/** Some lines of a condition, newest first, and how many it finds in all. */
	record Some(List<Line> lines, long total) {
	}

	/**
	 * The first {@code limit} lines of a condition (another module's list), with the condition's count: one statement,
	 * the count a window over the rows before the limit.
	 */
	Some some(CurrentUser user, SituationFilter.Condition where, int limit) {
		where.params().addValue("limit", limit);
		long[] total = { 0 };
		List<Line> lines = jdbc.query("select " + COLUMNS + ", count(*) over () from situation_item s where "
				+ where.sql() + " order by s.occurred_on desc, s.occurred_time desc nulls last, s.id desc limit :limit",
				where.params(), (rs, n) -> {
					total[0] = rs.getLong(12);
					return line(rs, user);
				});
		return new Some(lines, total[0]);
	}

	/** The items a patrol (an activity) found, in the reader's scope, oldest first. */
	List<Line> foundBy(CurrentUser user, Long activityId) {
		Scope scope = scopes.scopeOf(user);
		var p = new MapSqlParameterSource("activity", activityId)
			.addValue("scope", scope.idsForQuery());
		return jdbc.query("select " + COLUMNS + " from situation_item s where s.activity_id = :activity"
				+ (scope.all() ? "" : " and s.commune_id = any(:scope)") + " order by s.id", p,
				(rs, n) -> line(rs, user));
	}

	/** Items by category id for the filter (content filters ignored for counts: VIEWER's page has none). */
	Map<Long, Long> countsByCategory(CurrentUser user, SituationFilter f) {
		SituationFilter.Condition where = where(user, f);
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.query("select s.category_id, count(*) from situation_item s where " + where.sql()
				+ " group by s.category_id", where.params(), rs -> {
					counts.put(rs.getLong(1), rs.getLong(2));
				});
		return counts;
	}

	private static Line line(ResultSet rs, CurrentUser user) throws SQLException {
		boolean restricted = rs.getBoolean(10);
		String recordedBy = rs.getString(11);
		boolean hidden = restricted && !SituationAccess.readsRestricted(user) && !recordedBy.equals(user.getUsername());
		return new Line(rs.getLong(1), rs.getDate(2).toLocalDate(),
				rs.getTime(3) == null ? null : rs.getTime(3).toLocalTime(), rs.getLong(4),
				hidden ? null : (Long) rs.getObject(5), rs.getLong(6),
				hidden ? null : Severity.valueOf(rs.getString(7)), hidden ? null : FollowUp.valueOf(rs.getString(8)),
				hidden ? null : rs.getString(9), restricted, hidden, hidden ? null : recordedBy);
	}

}
