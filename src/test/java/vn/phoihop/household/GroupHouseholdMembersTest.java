package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.support.IntegrationTest;

/**
 * A group's member households carry their members (V108), read by the period report's groups and the population
 * summary instead of the households: equal to the household's after the migration and the demo data, and after every
 * write that can change it (a household added to a group, its size changed, a link moved to another household, a
 * change of the household that is not its size).
 */
@IntegrationTest
class GroupHouseholdMembersTest {

	/** Links whose members differ from their household's: 0 when kept. */
	private static final String DIFFERENT = """
			select count(*) from self_managed_group_household gh join household h on h.id = gh.household_id
			where gh.members <> h.members""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theLinksKeepTheirHouseholdsMembers() {
		assertThat(jdbc.queryForObject("select count(*) from self_managed_group_household", Long.class))
			.as("the demo data's groups have member households")
			.isPositive();
		assertThat(different()).as("after the migration and the demo data").isZero();
		var group = jdbc.queryForMap("select id, commune_id, village_id from self_managed_group order by id limit 1");
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Long one = household(group.get("commune_id"), group.get("village_id"), 4);
			Long two = household(group.get("commune_id"), group.get("village_id"), 9);
			jdbc.update("insert into self_managed_group_household (group_id, household_id) values (?, ?)",
					group.get("id"), one);
			assertThat(members(group.get("id"), one)).as("a household added to a group").isEqualTo(4);
			jdbc.update("update household set members = 6 where id = ?", one);
			assertThat(members(group.get("id"), one)).as("its size changed").isEqualTo(6);
			jdbc.update("update household set head_name = 'Hồ Văn Đổi' where id = ?", one);
			assertThat(members(group.get("id"), one)).as("a change that is not its size").isEqualTo(6);
			jdbc.update("update self_managed_group_household set household_id = ? where group_id = ? and household_id = ?",
					two, group.get("id"), one);
			assertThat(members(group.get("id"), two)).as("the link moved to another household").isEqualTo(9);
			assertThat(different()).as("every link after the writes").isZero();
			status.setRollbackOnly();
		});
		assertThat(different()).as("after the rollback").isZero();
	}

	private Long household(Object commune, Object village, int members) {
		return jdbc.queryForObject("""
				insert into household (commune_id, village_id, head_name, members, ethnicity, poverty_status)
				values (?, ?, 'Hồ Văn Tổ', ?, 'KINH', 'NOT_POOR') returning id""", Long.class, commune, village, members);
	}

	private Integer members(Object group, Long household) {
		return jdbc.queryForObject(
				"select members from self_managed_group_household where group_id = ? and household_id = ?",
				Integer.class, group, household);
	}

	private long different() {
		return jdbc.queryForObject(DIFFERENT, Long.class);
	}

}
