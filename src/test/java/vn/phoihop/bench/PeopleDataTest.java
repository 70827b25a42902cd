package vn.phoihop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.support.IntegrationTest;

/**
 * The generator's SQL for members, programmes and the models' substance runs on the current schema and gives each
 * listed household exactly its count of members: run on the demo database in a transaction rolled back (the national
 * run is not part of the tests).
 */
@IntegrationTest
class PeopleDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theGeneratorsStatementsRunAndKeepTheMemberCounts() {
		tx.executeWithoutResult(status -> {
			// as during the generator's load, no foreign key is checked (the demo's ids are not the generator's)
			jdbc.execute("set local session_replication_role = replica");
			jdbc.update("delete from programme_support");
			jdbc.update("delete from programme_beneficiary");
			jdbc.update("delete from programme");
			jdbc.update("delete from household_member");
			jdbc.update("delete from economic_model_livestock");
			jdbc.update("delete from economic_model_result");
			long first = jdbc.queryForObject("select min(id) from household", Long.class);
			long last = jdbc.queryForObject("select max(id) from household", Long.class);
			PeopleData.members(List.of(new long[] { first, last })).forEach(jdbc::execute);
			assertThat(jdbc.queryForObject("select count(*) from household_member", Long.class)).isPositive();
			assertThat(jdbc.queryForObject("""
					select count(*) from household h where h.members <> (select count(*) from household_member m
					  where m.household_id = h.id) and h.id % 3 = 0""", Long.class)).isZero();
			long communesPerPost = jdbc.queryForObject("select count(*) from post_coverage where valid_to is null",
					Long.class);
			PeopleData.programmes((int) communesPerPost).forEach(jdbc::execute);
			PeopleData.models().forEach(jdbc::execute);
			assertThat(jdbc.queryForObject("select count(*) from programme", Long.class)).isPositive();
			assertThat(jdbc.queryForObject("select count(*) from economic_model_result", Long.class)).isPositive();
			status.setRollbackOnly();
		});
	}

}
