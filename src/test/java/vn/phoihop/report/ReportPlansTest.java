package vn.phoihop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.PreparedPlans;
import vn.phoihop.support.TestUsers;

/**
 * A period report's groups, population, poverty, models and targets are planned once per connection, not on every
 * report (GenericPlans, docs/performance.md "The five-year report"); its activities are planned for each report's
 * values, and the connection's other statements afterwards too.
 */
@IntegrationTest
class ReportPlansTest {

	@Autowired
	ReportService reports;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aReportsStatementsAfterItsActivitiesKeepTheirPlans() {
		ReportService.Query fiveYears = new ReportService.Query("RAMAI", null, null, null,
				LocalDate.now().minusYears(5), LocalDate.now());
		// one connection throughout: the driver prepares a statement on the server from its fifth execution
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			PreparedPlans kept = PreparedPlans.from(jdbc, "%self_managed_group%", "%household_village_total%",
					"%household_poverty_total%", "%economic_model%", "%agreement_target%");
			PreparedPlans activities = PreparedPlans.from(jdbc, "%activity_month_total%");
			PeriodReport first = report(fiveYears);
			for (int i = 0; i < 7; i++) {
				assertThat(report(fiveYears)).usingRecursiveComparison().isEqualTo(first);
			}
			// the groups with their households, the population, the poverty with the models, the targets
			assertThat(kept.plannedOncePerConnection()).hasSize(4);
			Map<String, long[]> planned = activities.planned();
			assertThat(planned).hasSize(1);
			assertThat(planned.values()).allSatisfy(n -> {
				assertThat(n[0]).as("generic plans of the activities").isZero();
				assertThat(n[1]).as("custom plans of the activities").isGreaterThanOrEqualTo(3);
			});
		});
		// for the report's transaction only
		assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
	}

	/**
	 * A report as a request makes it, in a transaction that starts with the connection's own setting (each
	 * execution planned for its values): here all of them run in one transaction, on one connection.
	 */
	private PeriodReport report(ReportService.Query q) {
		jdbc.execute("set local plan_cache_mode = force_custom_plan");
		return reports.periodReport(users.load("chihuy.ramai"), q);
	}

}
