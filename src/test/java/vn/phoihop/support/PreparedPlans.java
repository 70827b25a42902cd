package vn.phoihop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plans PostgreSQL makes for the statements the JDBC driver prepared on the server, on the current connection
 * (run inside one transaction): how many generic and custom plans each statement whose text matches got since
 * {@link #from}. Tests of the statements planned once per connection ({@code shared.db.GenericPlans}) use it.
 */
public final class PreparedPlans {

	private final JdbcTemplate jdbc;

	private final String[] patterns;

	private final Map<String, long[]> before;

	private PreparedPlans(JdbcTemplate jdbc, String[] patterns) {
		this.jdbc = jdbc;
		this.patterns = patterns;
		this.before = now();
	}

	/** The plans so far of the statements whose text is {@code like} one of the patterns. */
	public static PreparedPlans from(JdbcTemplate jdbc, String... likePatterns) {
		return new PreparedPlans(jdbc, likePatterns);
	}

	/** Each statement planned since {@link #from}: its new generic plans and its new custom plans. */
	public Map<String, long[]> planned() {
		Map<String, long[]> planned = new HashMap<>();
		now().forEach((sql, n) -> {
			long[] was = before.getOrDefault(sql, new long[2]);
			if (n[0] + n[1] != was[0] + was[1]) {
				planned.put(sql, new long[] { n[0] - was[0], n[1] - was[1] });
			}
		});
		return planned;
	}

	/**
	 * {@link #planned}, each statement of it planned once for the connection: at least three generic plans (its
	 * executions since the driver prepared it) and no custom plan.
	 */
	public Map<String, long[]> plannedOncePerConnection() {
		Map<String, long[]> planned = planned();
		planned.forEach((sql, n) -> {
			assertThat(n[0]).as("generic plans of %s", sql).isGreaterThanOrEqualTo(3);
			assertThat(n[1]).as("custom plans of %s", sql).isZero();
		});
		return planned;
	}

	private Map<String, long[]> now() {
		Map<String, long[]> plans = new HashMap<>();
		String where = String.join(" or ", java.util.Collections.nCopies(patterns.length, "statement like ?"));
		jdbc.query("select statement, generic_plans, custom_plans from pg_prepared_statements where " + where,
				rs -> {
					plans.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				}, (Object[]) patterns);
		return plans;
	}

}
