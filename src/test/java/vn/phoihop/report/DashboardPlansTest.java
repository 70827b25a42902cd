package vn.phoihop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * A post's and a commune's dashboard figures are planned once per connection, not on every request
 * (docs/performance.md change 54): the connection's other statements are planned for their values.
 */
@IntegrationTest
class DashboardPlansTest {

	@Autowired
	DashboardFigures figures;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/** Plans made so far on this connection for each of the figures' statements the JDBC driver prepared there. */
	private Map<String, long[]> plans() {
		Map<String, long[]> plans = new java.util.HashMap<>();
		jdbc.query("""
				select statement, generic_plans, custom_plans from pg_prepared_statements
				where statement like '%activity_month_total%' or statement like '%household_poverty_total%'
				   or statement like '%review_target%'""",
				rs -> {
					plans.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				});
		return plans;
	}

	@Test
	void aPostsAndACommunesFiguresKeepTheirPlans() {
		for (String username : new String[] { "chihuy.ramai", "xa.danhoa" }) {
			CurrentUser user = users.load(username);
			// one connection throughout: the driver prepares a statement on the server from its fifth execution
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				Map<String, long[]> before = plans();
				var first = figures.dashboard(user, LocalDate.now());
				for (int i = 0; i < 7; i++) {
					assertThat(figures.dashboard(user, LocalDate.now())).usingRecursiveComparison().isEqualTo(first);
				}
				// the statements planned meanwhile: the month's figures, the targets, the poverty trend
				Map<String, long[]> planned = new java.util.HashMap<>();
				plans().forEach((sql, n) -> {
					long[] was = before.getOrDefault(sql, new long[2]);
					if (n[0] + n[1] != was[0] + was[1]) {
						planned.put(sql, new long[] { n[0] - was[0], n[1] - was[1] });
					}
				});
				assertThat(planned).as(username).hasSize(3);
				planned.forEach((sql, n) -> {
					assertThat(n[0]).as("generic plans of %s", sql).isGreaterThanOrEqualTo(3);
					assertThat(n[1]).as("custom plans of %s", sql).isZero();
				});
			});
			// for this transaction only: the connection's other statements are planned for their values
			assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
		}
	}

}
