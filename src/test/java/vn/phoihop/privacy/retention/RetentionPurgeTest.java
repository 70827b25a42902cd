package vn.phoihop.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.audit.AuditService;
import vn.phoihop.household.HouseholdAnonymisation;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;
import vn.phoihop.support.Together;

/**
 * The retention purge (issue 22, item 5): what is past its period goes, what is not stays, an archived household is
 * anonymised and not deleted so the figures stay, the run is recorded with its counts; and two runs started at the
 * same moment on one database purge once (ShedLock).
 */
@IntegrationTest
class RetentionPurgeTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RetentionPurge purge;

	@Autowired
	RetentionJob job;

	@Autowired
	HouseholdAnonymisation households;

	@Autowired
	AuditService audit;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TestUsers users;

	String key = UUID.randomUUID().toString().substring(0, 8);

	/** An archived household of Trọng Hóa with a poverty record, archived the given years ago. */
	long archivedHousehold(int yearsAgo) {
		long id = jdbc.queryForObject("""
				insert into household (commune_id, village_id, head_name, members, ethnicity, phone, poverty_status,
				                       notes, archived)
				select c.id, v.id, ?, 3, 'BRU_VAN_KIEU', '0912345678', 'POOR', 'Ghi chú riêng', true
				from commune c join village v on v.commune_id = c.id where c.code = 'TRONGHOA' order by v.id limit 1
				returning id""", Long.class, "Hồ Văn Lưu " + key + " " + yearsAgo);
		jdbc.update("insert into household_poverty (household_id, year, status) values (?, 2019, 'POOR')", id);
		jdbc.update("update household set archived_at = now() - make_interval(years => ?) where id = ?", yearsAgo, id);
		return id;
	}

	void session(String id, long expiryMillis) {
		jdbc.update("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,
				                            expiry_time, principal_name) values (?, ?, 0, 0, 3600, ?, 'test')""",
				UUID.randomUUID().toString(), id, expiryMillis);
	}

	String population() throws Exception {
		return mvc.get().uri("/households/summary").with(users.as("chihuy.ramai")).exchange().getResponse()
			.getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	@Test
	void whatIsPastItsPeriodGoesWhatIsNotStaysAndTheFiguresStay() throws Exception {
		long old = archivedHousehold(6);
		long recent = archivedHousehold(1);
		jdbc.update("insert into form_token (token, username, used_at) values (?, 'xa.danhoa', now() - interval '40 days')",
				"old-" + key);
		jdbc.update("insert into form_token (token, username, used_at) values (?, 'xa.danhoa', now() - interval '2 days')",
				"new-" + key);
		jdbc.update("insert into login_attempt (username, failures, last_failure) values (?, 2, now() - interval '100 days')",
				"old-" + key);
		jdbc.update("insert into login_attempt (username, failures, last_failure) values (?, 2, now() - interval '1 day')",
				"new-" + key);
		session("expired-" + key, System.currentTimeMillis() - 60_000);
		session("live-" + key, System.currentTimeMillis() + 3_600_000);
		jdbc.update("""
				insert into privacy_request (household_id, commune_id, kind, requester_name, received_on, acknowledge_by,
				    due_on, status, answer, answered_on, closed_at)
				select ?, commune_id, 'ACCESS', ?, current_date - 2200, current_date - 2198, current_date - 2190,
				    'ANSWERED', 'Đã gửi', current_date - 2195, now() - interval '6 years' from household where id = ?""",
				recent, "old-" + key, recent);
		jdbc.update("""
				insert into privacy_request (household_id, commune_id, kind, requester_name, received_on, acknowledge_by,
				    due_on, status, answer, answered_on, closed_at)
				select ?, commune_id, 'ACCESS', ?, current_date - 30, current_date - 28, current_date - 20,
				    'ANSWERED', 'Đã gửi', current_date - 25, now() - interval '25 days' from household where id = ?""",
				recent, "new-" + key, recent);
		jdbc.execute("create table if not exists retention_test_log (accessed_at timestamptz not null)");
		jdbc.update("insert into retention_test_log values (now() - interval '6 years'), (now() - interval '1 day')");
		String populationBefore = population();
		String report = "/reports/period?post=RAMAI&from=2017-01-01&to=2020-12-31&format=csv";
		String reportBefore = mvc.get().uri(report).with(users.as("chihuy.ramai")).exchange().getResponse()
			.getContentAsString();

		RetentionSettings settings = new RetentionSettings(Period.ofYears(5), Period.ofYears(5), Period.ofYears(5),
				Period.ofDays(90), Period.ofDays(30), "retention_test_log", "accessed_at", 500);
		// the purge as the application builds it, on a table of the test's as access log (in one transaction, as its
		// @Transactional gives it)
		RetentionPurge.Removed removed = new TransactionTemplate(transactions)
			.execute(s -> new RetentionPurge(jdbc, households, audit, settings).run());

		assertThat(removed.householdsAnonymised()).isGreaterThanOrEqualTo(1);
		assertThat(removed.accessLog()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from retention_test_log", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForList("select token from form_token where token like ?", String.class, "%-" + key))
			.containsExactly("new-" + key);
		assertThat(jdbc.queryForList("select username from login_attempt where username like ?", String.class,
				"%-" + key)).containsExactly("new-" + key);
		// session_id is char(36), padded
		assertThat(jdbc.queryForList("select trim(session_id) from spring_session where trim(session_id) like ?", String.class,
				"%-" + key)).containsExactly("live-" + key);
		assertThat(jdbc.queryForList("select requester_name from privacy_request where requester_name like ?",
				String.class, "%-" + key)).containsExactly("new-" + key);
		// the old archived household is anonymised, not deleted: its row and its poverty record stay
		assertThat(jdbc.queryForMap("select head_name, phone, notes, members from household where id = ?", old))
			.containsEntry("head_name", HouseholdAnonymisation.placeholder(old)).containsEntry("phone", null)
			.containsEntry("notes", null).containsEntry("members", 3);
		assertThat(jdbc.queryForObject("select count(*) from household_poverty where household_id = ?", Integer.class,
				old)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select head_name from household where id = ?", String.class, recent))
			.startsWith("Hồ Văn Lưu");
		// the figures stay
		assertThat(population()).isEqualTo(populationBefore);
		assertThat(mvc.get().uri(report).with(users.as("chihuy.ramai")).exchange().getResponse().getContentAsString())
			.isEqualTo(reportBefore);
		// the run is recorded with its counts
		assertThat(jdbc.queryForObject("""
				select (after_data ->> 'formTokens')::int >= 1 and (after_data ->> 'accessLog')::int = 1
				from audit_event where action = 'RETENTION_PURGE' order by id desc limit 1""", Boolean.class)).isTrue();
		// the application's own settings: the access log's table may not exist yet, then it is skipped
		assertThat(purge.run().accessLog()).isIn(-1, 0);
		jdbc.execute("drop table retention_test_log");
	}

	@Test
	void twoRunsStartedAtTheSameMomentPurgeOnce() throws Exception {
		int before = jdbc.queryForObject("select count(*) from audit_event where action = 'RETENTION_PURGE'",
				Integer.class);
		Together.run(job::run, job::run);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'RETENTION_PURGE'",
				Integer.class)).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'retention-purge'", Integer.class))
			.isEqualTo(1);
		// and a run just after, on another instance, finds the lock still held (at least a minute)
		job.run();
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'RETENTION_PURGE'",
				Integer.class)).isEqualTo(before + 1);
	}

}
