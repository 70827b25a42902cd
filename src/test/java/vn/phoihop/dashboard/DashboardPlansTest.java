package vn.phoihop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
 * A post's and a commune's dashboard figures are planned once per connection, not on every request
 * (GenericPlans, docs/performance.md): the connection's other statements are planned for their values.
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

	@Test
	void aPostsAndACommunesFiguresKeepTheirPlans() {
		for (String username : new String[] { "chihuy.ramai", "xa.danhoa" }) {
			CurrentUser user = users.load(username);
			// one connection throughout: the driver prepares a statement on the server from its fifth execution
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				PreparedPlans plans = PreparedPlans.from(jdbc, "%activity_month_total%", "%household_poverty_total%",
						"%review_target%");
				var first = figures.dashboard(user, LocalDate.now());
				for (int i = 0; i < 7; i++) {
					assertThat(figures.dashboard(user, LocalDate.now())).usingRecursiveComparison().isEqualTo(first);
				}
				// the statements planned meanwhile: the month's figures, the targets, the poverty trend
				assertThat(plans.plannedOncePerConnection()).as(username).hasSize(3);
			});
			// for this transaction only: the connection's other statements are planned for their values
			assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
		}
	}

}
