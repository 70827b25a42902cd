package vn.phoihop.activity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.ListPrint;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/**
 * The log's read side: an activity in the user's scope, and the log's pages (25 rows in the filter's order). Their
 * totals are {@link ActivityLogTotals}', the CSV {@link ActivityCsv}'s.
 */
@Service
@Transactional(readOnly = true)
class ActivityLog {

	/** Scopes up to this many communes take the page per commune ({@link #pageIdsPerCommune}). */
	static final int PER_COMMUNE_MAX = 64;

	/**
	 * Scopes up to this many communes (a post has 3 on average nationally) take their page by merging one index range
	 * per commune; more take the LATERAL form, whose SQL does not grow with the number of communes (a query of one
	 * branch per commune is planned on every execution).
	 */
	static final int MERGED_MAX = 8;

	/** One row of the log's page: the columns the list shows. */
	record Line(long id, LocalDate date, ActivityType type, String title, long communeId, Integer attendees,
			Integer participants, ActivityStatus status) {
	}

	private final ActivityRepository activities;

	private final ScopeService scopes;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ActivityLog(ActivityRepository activities, ScopeService scopes, JdbcTemplate jdbc) {
		this.activities = activities;
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** The activity, if it is in the user's scope; otherwise 404. */
	Activity get(CurrentUser user, Long id) {
		Scope scope = scopes.scopeOf(user);
		Activity a = activities.findInScope(id, scope.all(), scope.idsForQuery()).orElseThrow(NotFoundException::new);
		a.getVillageIds().size();
		a.getHouseholdIds().size();
		return a;
	}

	/**
	 * One page of the log whose total is already known (the page shows the filtered totals anyway, and their count
	 * is the same condition): no separate count query. The rows are read as the list's columns, not as entities.
	 */
	Page<Line> lines(CurrentUser user, ActivityFilter f, int page, long total) {
		Pageable pageable = PageRequest.of(Paging.index(page), Paging.SIZE);
		if (pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		return new PageImpl<>(lines(scopes.scopeOf(user), f, pageable), pageable, total);
	}

	/** The first {@link ListPrint#LIMIT} lines of the filter, in its order: the printed log (shared.web.ListPrint). */
	List<Line> printed(CurrentUser user, ActivityFilter f) {
		return lines(scopes.scopeOf(user), f, PageRequest.of(0, ListPrint.LIMIT));
	}

	/** One page of the log before its total is known ({@link ActivityLogTotals#now}): past the end, no rows. */
	List<Line> lines(CurrentUser user, ActivityFilter f, int page) {
		return lines(scopes.scopeOf(user), f, PageRequest.of(Paging.index(page), Paging.SIZE));
	}

	private List<Line> lines(Scope scope, ActivityFilter f, Pageable pageable) {
		// two steps: the page's ids from the covering index (V040, V048), then those 25 rows (a post's activities are
		// spread over the table: reading every matching row to sort them cost one heap page per row at national scale)
		List<Long> ids = pageIdsPerCommune(scope, f, pageable);
		if (ids == null) {
			ids = pageIds(scope, f, pageable);
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Line> byId = new HashMap<>();
		jdbc.query("""
				select id, activity_date, type, title, commune_id, attendee_count,
				  case when type in ('PATROL', 'INSPECTION') or num_nonnulls(part_border_guard, part_militia, part_police,
				    part_resident, part_other) > 0 then coalesce(part_border_guard, 0) + coalesce(part_militia, 0)
				    + coalesce(part_police, 0) + coalesce(part_resident, 0) + coalesce(part_other, 0) end,
				  status
				from activity where id = any(?)""", rs -> {
			long id = rs.getLong(1);
			byId.put(id, new Line(id, rs.getDate(2).toLocalDate(), ActivityType.valueOf(rs.getString(3)),
					rs.getString(4), rs.getLong(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
					ActivityStatus.valueOf(rs.getString(8))));
		}, (Object) Ids.of(ids));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** The ids of one page in the filter's order, for any scope (index-only with the covering index of V048). */
	List<Long> pageIds(Scope scope, ActivityFilter f, Pageable pageable) {
		ActivityFilter.Condition where = f.where(scope);
		return named.queryForList("select a.id from activity a where " + where.sql() + " order by " + f.orderBy()
				+ " offset :off limit :size", where.params().addValue("off", pageable.getOffset())
					.addValue("size", pageable.getPageSize()), Long.class);
	}

	/**
	 * The ids of one page in the default order (newest first) for a scope of a few communes, or {@code null} when
	 * the generic query must answer (the whole country, another sort, a village filter). The covering index (V040,
	 * V048) is ordered by date within each commune, but {@code commune_id = any(...)} cannot read those orders merged:
	 * the generic query read every activity of the scope (46,000 for the largest post at national scale) and sorted
	 * them for 25 rows. Here each commune gives at most {@code offset + size} rows already in order (index-only), and
	 * only those are merged: for a few communes by PostgreSQL's Merge Append over one ordered range per commune, for
	 * more by a LATERAL subquery with LIMIT per commune and a sort. Bounded offset paging: its cost grows with the
	 * page number, not with the size of the log (docs/performance.md, "Paging").
	 */
	List<Long> pageIdsPerCommune(Scope scope, ActivityFilter f, Pageable pageable) {
		return pageIdsPerCommune(scope, f, pageable, MERGED_MAX);
	}

	/** As above; scopes of up to {@code mergedMax} communes take the merged form (a test asks for either). */
	List<Long> pageIdsPerCommune(Scope scope, ActivityFilter f, Pageable pageable, int mergedMax) {
		if (scope.all() || scope.communeIds().isEmpty() || scope.communeIds().size() > PER_COMMUNE_MAX
				|| !f.newestFirst() || f.getVillageId() != null) {
			return null;
		}
		if (f.getCommuneId() != null && !scope.communeIds().contains(f.getCommuneId())) {
			return List.of();
		}
		List<Long> communes = f.getCommuneId() != null ? List.of(f.getCommuneId()) : List.copyOf(scope.communeIds());
		ActivityFilter.Condition filters = f.withinCommunes();
		MapSqlParameterSource params = filters.params()
			.addValue("lim", pageable.getOffset() + pageable.getPageSize())
			.addValue("off", pageable.getOffset())
			.addValue("size", pageable.getPageSize());
		if (communes.size() <= mergedMax) {
			// one ordered range of the index per commune, merged by PostgreSQL (a Merge Append): it reads offset + size
			// entries in all, where the LATERAL form below reads offset + size per commune and sorts them (page 40 of
			// a post: 1,000 entries instead of 3,000)
			StringBuilder sql = new StringBuilder("select x.id from (");
			for (int i = 0; i < communes.size(); i++) {
				sql.append(i == 0 ? "" : " union all ")
					.append("(select a.id, a.activity_date from activity a where a.commune_id = :c").append(i)
					.append(" and ").append(filters.sql())
					.append(" order by a.activity_date desc, a.id desc limit :lim)");
				params.addValue("c" + i, communes.get(i));
			}
			sql.append(") x order by x.activity_date desc, x.id desc offset :off limit :size");
			return named.queryForList(sql.toString(), params, Long.class);
		}
		return named.queryForList("""
				select x.id from unnest(cast(:communes as bigint[])) c(id)
				cross join lateral (
				  select a.id, a.activity_date from activity a
				  where a.commune_id = c.id and %s
				  order by a.activity_date desc, a.id desc limit :lim) x
				order by x.activity_date desc, x.id desc offset :off limit :size""".formatted(filters.sql()),
				params.addValue("communes", Ids.of(communes)), Long.class);
	}

}
