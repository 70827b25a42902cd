package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.PreparedPlans;
import vn.phoihop.support.TestUsers;

/**
 * A month's review page plans its statements once per connection, not on every request (docs/performance.md change
 * 56); the connection's other statements are still planned for their values.
 */
@IntegrationTest
class ReviewPlansTest {

	@Autowired
	ReviewMonthPage pages;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theMonthsStatementsKeepTheirPlans() {
		CurrentUser commander = users.load("chihuy.ramai");
		YearMonth month = YearMonth.now().minusMonths(1);
		// one connection throughout: the driver prepares a statement on the server from its fifth execution
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			PreparedPlans plans = PreparedPlans.from(jdbc, "%from monthly_review %", "%from agreement %", "%from cadre %",
					"%from activity a join commune%");
			var first = pages.month(commander, "RAMAI", month);
			for (int i = 0; i < 7; i++) {
				var again = pages.month(commander, "RAMAI", month);
				assertThat(again.total()).isEqualTo(first.total());
				assertThat(again.agreementTargets()).hasSameSizeAs(first.agreementTargets());
				assertThat(again.cadreNames()).isEqualTo(first.cadreNames());
			}
			// the statements planned meanwhile: the reviews, the agreements (with their communes), the cadres
			assertThat(plans.plannedOncePerConnection()).hasSizeGreaterThanOrEqualTo(3);
		});
		// for the page's transaction only
		assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
	}

}
