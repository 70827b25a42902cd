package vn.phoihop.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/**
 * Reads the access log (issue 22 §2), cut to the reader on the server: the administrator reads every row; a commander
 * the rows of the communes of the post's scope (those it covers or has covered, with their predecessors); every other
 * role none. Newest first.
 */
@Service
@Transactional(readOnly = true)
public class AccessLog {

	/** The kinds of access, as V057 writes them. */
	public static final List<String> KINDS = List.of("VIEW", "LIST", "EXPORT");

	private static final String COLUMNS = """
			select id, accessed_at, username, user_role, kind, unmasked, commune_id, household_ids, record_count,
			  purpose, what
			  from privacy_access_log""";

	private final JdbcTemplate jdbc;

	private final ScopeService scopes;

	AccessLog(JdbcTemplate jdbc, ScopeService scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	/** Whether the user reads the log at all. */
	public static boolean mayRead(CurrentUser user) {
		return user != null && (user.is(Role.ADMIN) || (user.is(Role.COMMANDER) && user.postId() != null));
	}

	/** A page of the log's rows matching the filter, within the reader's part of the log. */
	public Page<AccessLogEntry> search(CurrentUser user, AccessLogFilter f, Pageable pageable) {
		Where where = where(user);
		if (f.blankUsername() != null) {
			where.and("lower(username) = lower(?)", f.blankUsername());
		}
		if (f.getHouseholdId() != null) {
			where.and("household_ids @> array[?]::bigint[]", f.getHouseholdId());
		}
		if (f.blankKind() != null) {
			where.and("kind = ?", f.blankKind());
		}
		if (f.fromTime() != null) {
			where.and("accessed_at >= ?", f.fromTime().toOffsetDateTime());
		}
		if (f.toTime() != null) {
			where.and("accessed_at < ?", f.toTime().toOffsetDateTime());
		}
		Long total = jdbc.queryForObject("select count(*) from privacy_access_log" + where.sql(), Long.class,
				where.args());
		if (total == null || total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total == null ? 0 : total);
		}
		List<Object> args = new ArrayList<>(Arrays.asList(where.args()));
		args.add(pageable.getPageSize());
		args.add(pageable.getOffset());
		List<AccessLogEntry> rows = jdbc.query(COLUMNS + where.sql() + " order by accessed_at desc, id desc limit ? offset ?",
				ROW, args.toArray());
		return new PageImpl<>(rows, pageable, total);
	}

	/** A household's latest accesses (its page's history), within the reader's part of the log. */
	public List<AccessLogEntry> history(CurrentUser user, long householdId, int limit) {
		Where where = where(user).and("household_ids @> array[?]::bigint[]", householdId);
		List<Object> args = new ArrayList<>(Arrays.asList(where.args()));
		args.add(limit);
		return jdbc.query(COLUMNS + where.sql() + " order by accessed_at desc, id desc limit ?", ROW, args.toArray());
	}

	/** The reader's part of the log: every row, or the rows of the scope's communes; refused to other roles. */
	private Where where(CurrentUser user) {
		if (!mayRead(user)) {
			throw new AccessDeniedException("access log");
		}
		Where where = new Where();
		Scope scope = scopes.scopeOf(user);
		if (!scope.all()) {
			Set<Long> communes = scope.communeIds();
			where.and("commune_id = any(?)", (Object) communes.toArray(Long[]::new));
		}
		return where;
	}

	/** A where clause and its arguments, built from the filters in use. */
	private static final class Where {

		private final StringBuilder sql = new StringBuilder();

		private final List<Object> args = new ArrayList<>();

		Where and(String condition, Object arg) {
			sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
			args.add(arg);
			return this;
		}

		String sql() {
			return sql.toString();
		}

		Object[] args() {
			return args.toArray();
		}

	}

	private static final RowMapper<AccessLogEntry> ROW = (ResultSet rs, int n) -> new AccessLogEntry(rs.getLong("id"),
			rs.getObject("accessed_at", OffsetDateTime.class).atZoneSameInstant(AccessLogFilter.ZONE), rs.getString("username"), rs.getString("user_role"),
			rs.getString("kind"), rs.getBoolean("unmasked"), rs.getLong("commune_id"), ids(rs),
			rs.getInt("record_count"), rs.getString("purpose"), rs.getString("what"));

	private static List<Long> ids(ResultSet rs) throws SQLException {
		java.sql.Array array = rs.getArray("household_ids");
		return array == null ? List.of() : List.of((Long[]) array.getArray());
	}

}
