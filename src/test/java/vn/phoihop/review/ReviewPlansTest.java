package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
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
 * A month's review page plans its statements once per connection, not on every request (docs/performance.md change
 * 56); the connection's other statements are still planned for their values.
 */
@IntegrationTest
class ReviewPlansTest {

	@Autowired
	ReviewService reviews;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/** Plans made so far on this connection for the review page's statements the JDBC driver prepared there. */
	private Map<String, long[]> plans() {
		Map<String, long[]> plans = new HashMap<>();
		jdbc.query("""
				select statement, generic_plans, custom_plans from pg_prepared_statements
				where statement like '%from monthly_review %' or statement like '%from agreement %'
				   or statement like '%from cadre %' or statement like '%from activity a join commune%'""",
				rs -> {
					plans.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				});
		return plans;
	}

	@Test
	void theMonthsStatementsKeepTheirPlans() {
		CurrentUser commander = users.load("chihuy.ramai");
		YearMonth month = YearMonth.now().minusMonths(1);
		// one connection throughout: the driver prepares a statement on the server from its fifth execution
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Map<String, long[]> before = plans();
			var first = reviews.month(commander, "RAMAI", month);
			for (int i = 0; i < 7; i++) {
				var again = reviews.month(commander, "RAMAI", month);
				assertThat(again.total()).isEqualTo(first.total());
				assertThat(again.agreementTargets()).hasSameSizeAs(first.agreementTargets());
				assertThat(again.cadreNames()).isEqualTo(first.cadreNames());
			}
			// the statements planned meanwhile: the reviews, the agreements (with their communes), the cadres
			Map<String, long[]> planned = new HashMap<>();
			plans().forEach((sql, n) -> {
				long[] was = before.getOrDefault(sql, new long[2]);
				if (n[0] + n[1] != was[0] + was[1]) {
					planned.put(sql, new long[] { n[0] - was[0], n[1] - was[1] });
				}
			});
			assertThat(planned).hasSizeGreaterThanOrEqualTo(3);
			planned.forEach((sql, n) -> {
				assertThat(n[0]).as("generic plans of %s", sql).isGreaterThanOrEqualTo(3);
				assertThat(n[1]).as("custom plans of %s", sql).isZero();
			});
		});
		// for the page's transaction only
		assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
	}

}
