package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.support.IntegrationTest;

/**
 * The poverty counts per commune and year (V045) stay equal to the households' poverty rows through every kind of
 * write: a new row, a changed status, an archived or restored household, a household moved to another commune, a
 * deleted row, a deleted household.
 */
@IntegrationTest
class HouseholdPovertyTotalsTest {

	/** Counts from the poverty rows of households not archived, minus the counts table, both ways: 0 when equal. */
	private static final String DIFFERENCE = """
			select count(*) from (
			  (select h.commune_id, hp.year, hp.status, count(*)::int n
			   from household_poverty hp join household h on h.id = hp.household_id where not h.archived group by 1, 2, 3
			   except all
			   select commune_id, year, status, n from household_poverty_total where n <> 0)
			  union all
			  (select commune_id, year, status, n from household_poverty_total where n <> 0
			   except all
			   select h.commune_id, hp.year, hp.status, count(*)::int n
			   from household_poverty hp join household h on h.id = hp.household_id where not h.archived group by 1, 2, 3)) d""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theCountsFollowEveryWrite() {
		assertThat(jdbc.queryForObject("select count(*) from household_poverty_total where n <> 0", Long.class))
			.as("the demo data's poverty history is counted").isPositive();
		assertThat(difference()).as("after the migration and the demo data").isZero();
		var village = jdbc.queryForMap("select id, commune_id from village order by id limit 1");
		var other = jdbc.queryForMap("select id, commune_id from village where commune_id <> ? order by id limit 1",
				village.get("commune_id"));
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Long id = jdbc.queryForObject("""
					insert into household (commune_id, village_id, head_name, members, ethnicity, poverty_status)
					values (?, ?, 'Hồ Văn Kiểm Tra', 4, 'Kinh', 'POOR') returning id""", Long.class, village.get("commune_id"),
					village.get("id"));
			jdbc.update("insert into household_poverty (household_id, year, status) values (?, 2023, 'POOR'), "
					+ "(?, 2024, 'NEAR_POOR'), (?, 2025, 'NOT_POOR')", id, id, id);
			assertThat(difference()).as("new rows").isZero();
			jdbc.update("update household_poverty set status = 'POOR' where household_id = ? and year = 2024", id);
			assertThat(difference()).as("a changed status").isZero();
			jdbc.update("update household set archived = true where id = ?", id);
			assertThat(difference()).as("archived").isZero();
			jdbc.update("insert into household_poverty (household_id, year, status) values (?, 2026, 'POOR')", id);
			assertThat(difference()).as("a row added to an archived household").isZero();
			jdbc.update("update household set archived = false where id = ?", id);
			assertThat(difference()).as("restored").isZero();
			jdbc.update("update household set commune_id = ?, village_id = ? where id = ?", other.get("commune_id"),
					other.get("id"), id);
			assertThat(difference()).as("moved to another commune").isZero();
			jdbc.update("delete from household_poverty where household_id = ? and year = 2023", id);
			assertThat(difference()).as("a deleted row").isZero();
			jdbc.update("delete from household where id = ?", id);
			assertThat(difference()).as("a deleted household").isZero();
			status.setRollbackOnly();
		});
	}

	private long difference() {
		return jdbc.queryForObject(DIFFERENCE, Long.class);
	}

}
