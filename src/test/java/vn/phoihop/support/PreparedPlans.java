package vn.phoihop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plans PostgreSQL makes for the statements the JDBC driver prepared on the server, on the current connection
 * (run inside one transaction): how many generic and custom plans each statement whose text matches got since
 * {@link #from}. Tests of the statements planned once per connection ({@code shared.db.GenericPlans}) use it.
 * <p>
 * Counted per prepared statement (its server-side name), then added up by text: the driver prepares a statement
 * again under a new name when its parameters' types change (a null where the last request bound a number), and the
 * connection may have prepared and planned the same text before, for an earlier test. Compared by text alone, a
 * statement prepared again whose new plans equalled the old one's looked as if it had not run.
 */
public final class PreparedPlans {

	/** A prepared statement's text and plans so far. */
	private record Prepared(String statement, long generic, long custom) {
	}

	private final JdbcTemplate jdbc;

	private final String[] patterns;

	private final Map<String, Prepared> before;

	private PreparedPlans(JdbcTemplate jdbc, String[] patterns) {
		this.jdbc = jdbc;
		this.patterns = patterns;
		this.before = now();
	}

	/** The plans so far of the statements whose text is {@code like} one of the patterns. */
	public static PreparedPlans from(JdbcTemplate jdbc, String... likePatterns) {
		return new PreparedPlans(jdbc, likePatterns);
	}

	/** Each statement (by text) planned since {@link #from}: its new generic plans and its new custom plans. */
	public Map<String, long[]> planned() {
		Map<String, long[]> planned = new HashMap<>();
		now().forEach((name, n) -> {
			Prepared was = before.get(name);
			long generic = n.generic() - (was == null ? 0 : was.generic());
			long custom = n.custom() - (was == null ? 0 : was.custom());
			if (generic + custom != 0) {
				long[] sum = planned.computeIfAbsent(n.statement(), sql -> new long[2]);
				sum[0] += generic;
				sum[1] += custom;
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

	/** The matching statements prepared on this connection, by their server-side name. */
	private Map<String, Prepared> now() {
		Map<String, Prepared> plans = new HashMap<>();
		String where = String.join(" or ", Collections.nCopies(patterns.length, "statement like ?"));
		jdbc.query("select name, statement, generic_plans, custom_plans from pg_prepared_statements where " + where,
				rs -> {
					plans.put(rs.getString(1), new Prepared(rs.getString(2), rs.getLong(3), rs.getLong(4)));
				}, (Object[]) patterns);
		return plans;
	}

}
