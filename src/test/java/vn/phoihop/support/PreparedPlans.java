package vn.phoihop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plans PostgreSQL makes for the statements the JDBC driver prepared on the server, on the current connection
 * (run inside one transaction): how many generic and custom plans each statement whose text matches got since
 * {@link #from}. Tests of the statements planned once per connection ({@code shared.db.GenericPlans}) use it.
 * <p>
 * Statements are told apart by their server-side name, not their text: the driver prepares one text again under a
 * new name when it is bound with other parameter types (a null post for a commune's official, a null commune for a
 * post's commander), and an earlier test on the same pooled connection may have left the text prepared under
 * another name. A statement prepared since {@link #from} counts all its plans.
 */
public final class PreparedPlans {

	private final JdbcTemplate jdbc;

	private final String[] patterns;

	private final Map<String, long[]> before;

	private PreparedPlans(JdbcTemplate jdbc, String[] patterns) {
		this.jdbc = jdbc;
		this.patterns = patterns;
		this.before = new HashMap<>();
		now().forEach((name, n) -> before.put(name, new long[] { n.generic(), n.custom() }));
	}

	/** The plans so far of the statements whose text is {@code like} one of the patterns. */
	public static PreparedPlans from(JdbcTemplate jdbc, String... likePatterns) {
		return new PreparedPlans(jdbc, likePatterns);
	}

	/** Each statement (by its text) planned since {@link #from}: its new generic plans and its new custom plans. */
	public Map<String, long[]> planned() {
		Map<String, long[]> planned = new HashMap<>();
		now().forEach((name, n) -> {
			long[] was = before.getOrDefault(name, new long[2]);
			if (n.generic() + n.custom() != was[0] + was[1]) {
				long[] sum = planned.computeIfAbsent(n.sql(), k -> new long[2]);
				sum[0] += n.generic() - was[0];
				sum[1] += n.custom() - was[1];
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

	/** A statement prepared on the server: its text and its plans so far. */
	private record Plans(String sql, long generic, long custom) {
	}

	/** The matching statements by their server-side name. */
	private Map<String, Plans> now() {
		Map<String, Plans> plans = new HashMap<>();
		String where = String.join(" or ", java.util.Collections.nCopies(patterns.length, "statement like ?"));
		jdbc.query("select name, statement, generic_plans, custom_plans from pg_prepared_statements where " + where,
				rs -> {
					plans.put(rs.getString(1), new Plans(rs.getString(2), rs.getLong(3), rs.getLong(4)));
				}, (Object[]) patterns);
		return plans;
	}

}
