package vn.phoihop.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.shared.cache.KeptByChanges;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/**
 * The log's totals above its rows, and its "logged by" choices: both kept per scope (and filter) until one of the
 * scope's activities changes ({@link KeptByChanges}; V048 counts the changes per commune), so paging through a
 * search, or the same view by another user of the post, reads one row per commune instead of the activities.
 */
@Service
@Transactional(readOnly = true)
class ActivityLogTotals {

	/** About 5 ms of PostgreSQL CPU in the covering index (V048) on this project's 2-core machine. */
	static final int INLINE_TOTALS_MAX = 5_000;

	/** The filters of a total, and the scope it was computed in (a filter is a few hundred bytes). */
	private record Key(Scope scope, ActivityFilter filter) {
	}

	private final KeptByChanges<Key, ActivityCounts> kept = new KeptByChanges<>(5_000);

	private final KeptByChanges<Scope, List<String>> loggersByScope = new KeptByChanges<>(2_000);

	/** Totals that would read more activities than this come in a second request ({@link #now}). */
	private volatile int inlineTotalsMax = INLINE_TOTALS_MAX;

	private final ScopeService scopes;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ActivityLogTotals(ScopeService scopes, JdbcTemplate jdbc) {
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** The filtered totals, computed now if they are not kept. */
	ActivityCounts of(CurrentUser user, ActivityFilter f) {
		Scope scope = scopes.scopeOf(user);
		return of(scope, f, changes(scope));
	}

	/**
	 * The log's totals for its page, or empty when they are not kept and computing them would read more than
	 * {@link #inlineTotalsMax} of the scope's activities: a text, village or "logged by" filter reads every activity
	 * the other filters leave (a common word in the largest post at national scale: 46,000 index entries, 40-60 ms of
	 * PostgreSQL CPU). The page then shows its rows at once and fetches these totals in a second request (the late
	 * totals, docs/performance.md). How many activities would be read is the count of the filter without its text,
	 * village and author, which the monthly totals answer.
	 */
	Optional<ActivityCounts> now(CurrentUser user, ActivityFilter f) {
		Scope scope = scopes.scopeOf(user);
		long changes = changes(scope);
		if (f.readsActivities() && kept.peek(new Key(scope, f), changes) == null
				&& of(scope, f.withoutRowFilters(), changes).activities() > inlineTotalsMax) {
			return Optional.empty();
		}
		return Optional.of(of(scope, f, changes));
	}

	/** For tests: their data is small, so they lower the bound to see the page without its totals. */
	void inlineTotalsMax(int max) {
		this.inlineTotalsMax = max;
	}

	/** The "logged by" filter's choices, kept as the totals are (computing them read every activity of the scope). */
	List<String> loggers(CurrentUser user) {
		Scope scope = scopes.scopeOf(user);
		return loggersByScope.get(scope, changes(scope), () -> List.copyOf(named.queryForList(
				"select distinct a.logged_by from activity a where " + (scope.all() ? "true" : "a.commune_id = any(:scope)")
						+ " order by a.logged_by",
				new MapSqlParameterSource("scope", scope.idsForQuery()),
				String.class)));
	}

	/**
	 * How many times the scope's activities (or their villages) were created, changed or deleted: a count per commune
	 * kept by PostgreSQL (V048), summed. It only grows, so an unchanged sum means unchanged activities.
	 */
	long changes(Scope scope) {
		return KeptByChanges.changes(jdbc, "activity_commune_change", scope.all(), scope.idsForQuery());
	}

	private ActivityCounts of(Scope scope, ActivityFilter f, long changes) {
		return kept.get(new Key(scope, f), changes, () -> {
			// filters the monthly totals keep: whole months from there, the other days from the log; the others read
			// the filtered activities themselves, as rows of the same shape
			ActivityFilter.Condition where = f.readsActivities() ? f.where(scope) : f.monthTotalsWhere(scope);
			String from = f.readsActivities() ? ActivityMonthTotals.rows(where.sql(), "a")
					: ActivityMonthTotals.source(where.sql(), "a");
			ActivityCounts[] total = { ActivityCounts.ZERO };
			named.query(ActivityMonthTotals.sumsByType(from, ""), where.params(),
					rs -> {
						total[0] = ActivityMonthTotals.plusTypeRow(total[0], rs);
					});
			return total[0];
		});
	}

}
