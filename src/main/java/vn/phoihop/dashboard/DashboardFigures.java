package vn.phoihop.dashboard;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.cache.RefreshingCache;
import vn.phoihop.shared.db.GenericPlans;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;

/** The dashboard's figures, each one GROUP BY over the user's scope. */
@Service
@Transactional(readOnly = true)
public class DashboardFigures {

	public static final List<String> TYPES = List.of("OUTREACH", "PATROL", "INSPECTION", "HOUSEHOLD_VISIT",
			"ECONOMIC_SUPPORT", "MEETING", "FOREIGN_AFFAIRS", "OTHER");

	/** Activities per month and type over the last 12 months (this one included). */
	public record Monthly(List<String> months, List<String> types, Map<String, Map<String, Long>> counts,
			Map<String, long[]> sums) {

		/** This month's attendees (outreach) and participants (patrols, inspections). */
		long[] sums(String month) {
			return sums.getOrDefault(month, new long[2]);
		}

		public long count(String month, String type) {
			return counts.getOrDefault(month, Map.of()).getOrDefault(type, 0L);
		}

		public boolean isEmpty() {
			return counts.isEmpty();
		}

		/** The table's rows (month, a count per type), each cell with its text (one expression per cell). */
		public List<Row> rows(Function<Long, String> text) {
			return table(months, types, this::count, text);
		}

	}

	/** A row of a dashboard table: its label and its figures. */
	public record Row(String label, List<Cell> cells) {
	}

	/** One row per label, one cell per column: the figure and its text. */
	static <C> List<Row> table(Collection<String> labels, List<C> columns,
			BiFunction<String, C, Long> figure, Function<Long, String> text) {
		List<Row> rows = new ArrayList<>(labels.size());
		for (String label : labels) {
			List<Cell> cells = new ArrayList<>(columns.size());
			for (C column : columns) {
				long n = figure.apply(label, column);
				cells.add(new Cell(n, text.apply(n)));
			}
			rows.add(new Row(label, cells));
		}
		return rows;
	}

	/** A figure and its text in the request's language ({@code data-value} for the chart, the text for people). */
	public record Cell(long value, String text) {
	}

	/** {@code byProvince}: a large scope (more than {@link #LARGE_SCOPE} communes) is shown one row per province. */
	public record PovertyTrend(List<Integer> years, Map<String, Map<Integer, Long>> poorByCommune, boolean byProvince) {

		public long poor(String commune, int year) {
			return poorByCommune.getOrDefault(commune, Map.of()).getOrDefault(year, 0L);
		}

		/** The table's rows (commune or province, the poor households of each year). */
		public List<Row> rows(Function<Long, String> text) {
			return table(poorByCommune.keySet(), years, this::poor, text);
		}

	}

	/** A target set at last month's conclusion for this month, with what has been done so far. */
	public record TargetProgress(String contentArea, String indicator, BigDecimal target, String unit,
			long actual) {

		public boolean met() {
			return BigDecimal.valueOf(actual).compareTo(target) >= 0;
		}

	}

	/** This month against the targets the commander set for it (docs/design.md §5), for the post's people and officials. */
	public List<TargetProgress> thisMonth(CurrentUser user, LocalDate today, Monthly monthly) {
		if (user.role() == Role.ADMIN || user.role() == Role.VIEWER) {
			return List.of();
		}
		YearMonth month = YearMonth.from(today);
		// typed: a null of no type makes the driver describe the statement, and a described statement whose rows
		// have a text column costs one more round trip on every execution (docs/performance.md, "Typed parameters")
		MapSqlParameterSource p = params(scopes.scopeOf(user)).addValue("post", user.postId(), Types.BIGINT)
			.addValue("commune", user.communeId(), Types.BIGINT)
			.addValue("previous", month.minusMonths(1).atDay(1))
			.addValue("start", month.atDay(1))
			.addValue("end", month.atEndOfMonth());
		record Raw(String contentArea, String indicator, String metric, BigDecimal target, String unit) {
		}
		// the post ids first, then the reviews by their (post, month) key: "post = :post or post in (...)" read all
		// 59,000 months of the national set
		List<Raw> targets = jdbc.query("""
				select t.content_area, t.indicator, t.metric, t.target_value, t.unit
				from review_target t join monthly_review r on r.id = t.review_id
				where r.month = :previous and r.post_id = any(array(
				  select cast(:post as bigint)
				  union all
				  select pc.post_id from post_coverage pc where pc.commune_id = cast(:commune as bigint) and pc.valid_to is null))
				order by r.post_id, t.position
				""", p, (rs, i) -> new Raw(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
						rs.getString(5)));
		if (targets.isEmpty()) {
			return List.of();
		}
		// this month's figures come from the monthly figures already computed for the chart (no extra query); a
		// PATROLS target counts patrols only, as everywhere (Target.Metric)
		String m = month.toString();
		long[] sum = monthly.sums(m);
		long[] done = { monthly.counts().getOrDefault(m, Map.of()).values().stream().mapToLong(Long::longValue).sum(),
				monthly.count(m, "OUTREACH"), sum[0], monthly.count(m, "PATROL"), sum[1] };
		return targets.stream().map(t -> {
			long actual = switch (t.metric()) {
				case "ACTIVITIES" -> done[0];
				case "OUTREACH_SESSIONS" -> done[1];
				case "ATTENDEES" -> done[2];
				case "PATROLS" -> done[3];
				case "PARTICIPANTS" -> done[4];
				default -> -1;
			};
			return new TargetProgress(t.contentArea(), t.indicator(), t.target(), t.unit(), actual);
		}).toList();
	}

	public record PostRow(String code, String name, long activities, long outreach, long patrols) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ScopeService scopes;

	private final TerritoryService territory;

	/** A large scope's monthly figures of the twelve months up to a day. */
	private record ScopeDay(Scope scope, LocalDate today) {
	}

	/** The posts of a province ({@code null}: all the posts) this year up to a day. */
	private record ProvinceDay(Long province, LocalDate today) {
	}

	private final RefreshingCache<ScopeDay, Monthly> monthlyCache;

	private final RefreshingCache<Scope, PovertyTrend> povertyCache;

	private final RefreshingCache<ProvinceDay, List<PostRow>> postsCache;

	DashboardFigures(NamedParameterJdbcTemplate jdbc, ScopeService scopes, TerritoryService territory,
			@Qualifier("applicationTaskExecutor") TaskExecutor tasks) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.territory = territory;
		this.monthlyCache = cached(tasks, k -> monthly(k.scope(), k.today()));
		this.povertyCache = cached(tasks, this::povertyTrend);
		this.postsCache = cached(tasks, k -> postComparison(k.province(), k.today()));
	}

	/** Forgets the large scopes' kept figures (tests that compare them with the database they have just changed). */
	void forgetLargeScopes() {
		monthlyCache.forgetAll();
		povertyCache.forgetAll();
		postsCache.forgetAll();
	}

	/** Served up to {@link #EXPIRE_AFTER}, recomputed on Spring Boot's task executor after {@link #REFRESH_AFTER}. */
	private static <K, V> RefreshingCache<K, V> cached(TaskExecutor tasks, Function<K, V> compute) {
		return new RefreshingCache<>(REFRESH_AFTER, EXPIRE_AFTER, tasks, compute);
	}

	private MapSqlParameterSource params(Scope scope) {
		return new MapSqlParameterSource().addValue("ids", scope.idsForQuery());
	}

	/**
	 * The scope's predicate on {@code column}: none for the whole country, else the scope's communes. Two texts, not
	 * {@code (:all or column = any(:ids))}, so that a post's or a commune's statements have one good generic plan
	 * ({@link #dashboard}).
	 */
	private static String inScope(Scope scope, String column) {
		return scope.all() ? "true" : column + " = any(:ids)";
	}

	/** The dashboard's figures, read in one transaction. */
	public record Dashboard(Monthly monthly, List<TargetProgress> thisMonth, PovertyTrend poverty,
			List<PostRow> posts) {
	}

	/**
	 * Everything the dashboard shows but what waits for the user. A post's or a commune's figures are read fresh on
	 * every request, by statements whose plans PostgreSQL keeps for this transaction's connection (it plans every
	 * other statement for its values, {@code force_custom_plan}, see {@link GenericPlans}): these have no optional
	 * filter, and planning them took as long as running them. A large scope's figures come from a
	 * {@link RefreshingCache}, computed with plans for their values.
	 */
	public Dashboard dashboard(CurrentUser user, LocalDate today) {
		if (!cachedScope(scopes.scopeOf(user))) {
			GenericPlans.forThisTransaction(jdbc.getJdbcTemplate());
		}
		Monthly monthly = monthly(user, today);
		return new Dashboard(monthly, thisMonth(user, today, monthly), povertyTrend(user), postComparison(user, today));
	}

	/**
	 * A scope of more communes than this (the country, a few large provinces) shows its poverty trend per province.
	 * A scope of more than {@link #CACHED_SCOPE} communes (a province, the country) reads its figures from a
	 * {@link RefreshingCache}: at national scale they aggregate up to 500,000 activities (a year) or 1.5 million households,
	 * 2 to 7 s each for the country (docs/performance.md). A post or a commune reads its own rows fresh every time.
	 */
	static final int LARGE_SCOPE = 50;

	/** A scope of more communes than this (a province: 44 on average nationally) is cached, not recomputed. */
	static final int CACHED_SCOPE = 10;

	/**
	 * A large scope's figures this old are recomputed in the background while they are still served: they take
	 * 0.5–2 s at national scale, and a request that recomputed them made every request behind it wait.
	 */
	static final Duration REFRESH_AFTER = Duration.ofMinutes(5);

	/** A large scope's figures this old (nobody asked for them meanwhile) are computed by the request. */
	static final Duration EXPIRE_AFTER = Duration.ofMinutes(10);

	private static boolean cachedScope(Scope scope) {
		return scope.all() || scope.communeIds().size() > CACHED_SCOPE;
	}

	private static boolean large(Scope scope) {
		return scope.all() || scope.communeIds().size() > LARGE_SCOPE;
	}

	public Monthly monthly(CurrentUser user, LocalDate today) {
		Scope scope = scopes.scopeOf(user);
		return cachedScope(scope) ? monthlyCache.get(new ScopeDay(scope, today)) : monthly(scope, today);
	}

	/** Twelve whole months: from the monthly totals (V043), not from the scope's activities. */
	private Monthly monthly(Scope scope, LocalDate today) {
		YearMonth last = YearMonth.from(today);
		List<String> months = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			months.add(last.minusMonths(i).toString());
		}
		MapSqlParameterSource p = params(scope).addValue("start", last.minusMonths(11).atDay(1))
			.addValue("end", last.atEndOfMonth());
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		Map<String, long[]> sums = new TreeMap<>();
		jdbc.query("""
				select to_char(t.month, 'YYYY-MM') m, t.type, sum(t.n) n, sum(t.attendees) attendees,
				  sum(t.border_guard + t.militia + t.police + t.resident + t.other) participants
				from activity_month_total t
				where t.status = 'SUBMITTED' and t.month between :start and :end
				  and %s
				group by 1, 2
				""".formatted(inScope(scope, "t.commune_id")), p, rs -> {
			counts.computeIfAbsent(rs.getString("m"), k -> new LinkedHashMap<>()).put(rs.getString("type"), rs.getLong("n"));
			long[] sum = sums.computeIfAbsent(rs.getString("m"), k -> new long[2]);
			if ("OUTREACH".equals(rs.getString("type"))) {
				sum[0] += rs.getLong("attendees");
			}
			if ("PATROL".equals(rs.getString("type")) || "INSPECTION".equals(rs.getString("type"))) {
				sum[1] += rs.getLong("participants");
			}
		});
		return new Monthly(months, TYPES, counts, sums);
	}

	public PovertyTrend povertyTrend(CurrentUser user) {
		Scope scope = scopes.scopeOf(user);
		return cachedScope(scope) ? povertyCache.get(scope) : povertyTrend(scope);
	}

	/**
	 * Per commune; per province for a large scope (1,500 rows of communes made a 750 KB page). From the poverty
	 * counts per commune and year (V045), not from the households' poverty rows.
	 */
	private PovertyTrend povertyTrend(Scope scope) {
		Map<String, Map<Integer, Long>> poor = new TreeMap<>();
		List<Integer> years = new ArrayList<>();
		boolean byProvince = large(scope);
		String label = byProvince ? "p.name"
				: "c.name || coalesce(' (' || c.former_district || ')', '')";
		jdbc.query("""
				select %s label, t.year, sum(t.n) n
				from household_poverty_total t join commune c on c.id = t.commune_id
				  join province p on p.id = c.province_id
				where t.status = 'POOR' and %s
				group by 1, 2 having sum(t.n) > 0 order by 2
				""".formatted(label, inScope(scope, "t.commune_id")), params(scope), rs -> {
			int year = rs.getInt("year");
			if (!years.contains(year)) {
				years.add(year);
			}
			poor.computeIfAbsent(rs.getString("label"), k -> new TreeMap<>()).put(year, rs.getLong("n"));
		});
		return new PovertyTrend(years, poor, byProvince);
	}

	/** For the provincial command: the posts of the province side by side, this year. */
	public List<PostRow> postComparison(CurrentUser user, LocalDate today) {
		if (user.role() != Role.VIEWER && user.role() != Role.ADMIN) {
			return List.of();
		}
		// a whole province or the country: every activity of the year, cached like the other large-scope figures
		return postsCache.get(new ProvinceDay(user.provinceId(), today));
	}

	private List<PostRow> postComparison(Long province, LocalDate today) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("province", province)
			.addValue("start", today.withDayOfYear(1))
			.addValue("end", today);
		return jdbc.query("""
				select bp.code, bp.name,
				  count(a.id) activities,
				  count(a.id) filter (where a.type = 'OUTREACH') outreach,
				  count(a.id) filter (where a.type in ('PATROL', 'INSPECTION')) patrols
				from border_post bp
				left join post_coverage pc on pc.post_id = bp.id
				left join activity a on a.commune_id = pc.commune_id and a.status = 'SUBMITTED'
				  and a.activity_date between :start and :end
				  and a.activity_date >= pc.valid_from and (pc.valid_to is null or a.activity_date <= pc.valid_to)
				where (cast(:province as bigint) is null or bp.province_id = :province)
				group by bp.code, bp.name order by bp.name
				""", p, (rs, i) -> new PostRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
	}

}
