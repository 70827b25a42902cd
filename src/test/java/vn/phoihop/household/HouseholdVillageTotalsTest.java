package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.support.IntegrationTest;

/**
 * The household counts per village (V047) stay equal to the households through every kind of write: a new
 * household, a changed size or poverty status, an archived or restored household, a household moved to another
 * village and commune, a change that counts nothing (a name), a deleted household.
 */
@IntegrationTest
class HouseholdVillageTotalsTest {

	/** Counts from the households not archived, minus the counts table, both ways: 0 when equal. */
	private static final String DIFFERENCE = """
			select count(*) from (
			  (select commune_id, village_id, count(*)::int n, sum(members) p,
			     (count(*) filter (where poverty_status = 'POOR'))::int poor,
			     (count(*) filter (where poverty_status = 'NEAR_POOR'))::int near
			   from household where not archived group by 1, 2
			   except all
			   select commune_id, village_id, households, persons, poor, near_poor from household_village_total
			   where households <> 0)
			  union all
			  (select commune_id, village_id, households, persons, poor, near_poor from household_village_total
			   where households <> 0
			   except all
			   select commune_id, village_id, count(*)::int, sum(members),
			     (count(*) filter (where poverty_status = 'POOR'))::int,
			     (count(*) filter (where poverty_status = 'NEAR_POOR'))::int
			   from household where not archived group by 1, 2)) d""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theCountsFollowEveryWrite() {
		assertThat(jdbc.queryForObject("select coalesce(sum(households), 0) from household_village_total", Long.class))
			.as("the demo data's households are counted")
			.isEqualTo(jdbc.queryForObject("select count(*) from household where not archived", Long.class))
			.isPositive();
		assertThat(difference()).as("after the migration and the demo data").isZero();
		var village = jdbc.queryForMap("select id, commune_id from village order by id limit 1");
		var other = jdbc.queryForMap("select id, commune_id from village where commune_id <> ? order by id limit 1",
				village.get("commune_id"));
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Long id = jdbc.queryForObject("""
					insert into household (commune_id, village_id, head_name, members, ethnicity, poverty_status)
					values (?, ?, 'Hồ Văn Đếm', 4, 'KINH', 'POOR') returning id""", Long.class,
					village.get("commune_id"), village.get("id"));
			assertThat(difference()).as("a new household").isZero();
			jdbc.update("update household set members = 7 where id = ?", id);
			assertThat(difference()).as("a changed size").isZero();
			jdbc.update("update household set poverty_status = 'NEAR_POOR' where id = ?", id);
			assertThat(difference()).as("a changed status").isZero();
			jdbc.update("update household set head_name = 'Hồ Văn Đổi' where id = ?", id);
			assertThat(difference()).as("a change that counts nothing").isZero();
			jdbc.update("update household set archived = true where id = ?", id);
			assertThat(difference()).as("archived").isZero();
			jdbc.update("update household set members = 2 where id = ?", id);
			assertThat(difference()).as("an archived household changed").isZero();
			jdbc.update("update household set archived = false where id = ?", id);
			assertThat(difference()).as("restored").isZero();
			jdbc.update("update household set commune_id = ?, village_id = ? where id = ?", other.get("commune_id"),
					other.get("id"), id);
			assertThat(difference()).as("moved to another village and commune").isZero();
			jdbc.update("delete from household where id = ?", id);
			assertThat(difference()).as("a deleted household").isZero();
			status.setRollbackOnly();
		});
	}

	private long difference() {
		return jdbc.queryForObject(DIFFERENCE, Long.class);
	}

}
