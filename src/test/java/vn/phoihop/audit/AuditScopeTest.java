package vn.phoihop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.AccountService;
import vn.phoihop.activity.Activity;
import vn.phoihop.shared.security.Role;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * Who reads which audit events (AuditReader): the administrator all; a commander those of their post's records and
 * of their scope's communes that belong to no post; a commander of another post none of them; every other role
 * none. Two posts of their own, in a province of their own, share one commune, so that nothing else the tests rely
 * on changes.
 */
@IntegrationTest
class AuditScopeTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestUsers users;

	@Autowired
	AuditService audit;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	EntityManager entities;

	String n;

	long postOne;

	long postTwo;

	long shared;

	@BeforeEach
	void twoPostsSharingACommune() {
		n = String.valueOf(System.nanoTime() % 1_000_000);
		long province = jdbc.queryForObject("insert into province (code, name) values (?, ?) returning id", Long.class,
				"TT" + n, "Tỉnh Thử " + n);
		shared = jdbc.queryForObject("insert into commune (code, name, province_id) values (?, ?, ?) returning id",
				Long.class, "XC" + n, "Xã Chung " + n, province);
		postOne = post("DT" + n, "Đồn Thử Một " + n, province);
		postTwo = post("DH" + n, "Đồn Thử Hai " + n, province);
		accounts.create("chihuy.mot" + n, "Mat-khau-chi-huy-1", "Chỉ Huy Một", Role.COMMANDER, postOne, null, null);
		accounts.create("chihuy.hai" + n, "Mat-khau-chi-huy-2", "Chỉ Huy Hai", Role.COMMANDER, postTwo, null, null);
	}

	long post(String code, String name, long province) {
		long id = jdbc.queryForObject("insert into border_post (code, name, provincial_command, province_id) "
				+ "values (?, ?, 'Bộ Chỉ huy thử', ?) returning id", Long.class, code, name, province);
		jdbc.update("insert into post_coverage (post_id, commune_id, valid_from) values (?, ?, date '2020-01-01')", id,
				shared);
		return id;
	}

	void event(String summary, Long postId, Long communeId) {
		jdbc.update("insert into audit_event (username, entity_type, entity_id, action, summary, post_id, commune_id) "
				+ "values ('thu', 'Probe', 1, 'UPDATE', ?, ?, ?)", summary, postId, communeId);
	}

	String log(String username) {
		return Pages.text(mvc.get().uri("/audit?entityType=Probe").with(users.as(username)).exchange(), 200);
	}

	@Test
	void aCommanderReadsTheirPostsEventsAndNoneOfAnotherPosts() {
		long raMai = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		long trongHoa = jdbc.queryForObject("select id from commune where code = 'TRONGHOA'", Long.class);
		event("ra-mai-post-" + n, raMai, null);
		event("dan-hoa-commune-" + n, null, danHoa);
		event("trong-hoa-predecessor-" + n, null, trongHoa);
		event("post-one-" + n, postOne, shared);
		event("post-two-" + n, postTwo, shared);
		event("shared-commune-" + n, null, shared);
		event("no-unit-" + n, null, null);

		String raMaiLog = log("chihuy.ramai");
		assertThat(raMaiLog).contains("ra-mai-post-" + n, "dan-hoa-commune-" + n, "trong-hoa-predecessor-" + n)
			.doesNotContain("post-one-" + n, "post-two-" + n, "shared-commune-" + n, "no-unit-" + n)
			.contains("hồ sơ của đồn mình");
		String one = log("chihuy.mot" + n);
		assertThat(one).contains("post-one-" + n, "shared-commune-" + n)
			.doesNotContain("post-two-" + n, "ra-mai-post-" + n, "dan-hoa-commune-" + n, "no-unit-" + n);
		// the other post covering the same commune: that commune's events of no post, not the first post's own
		String two = log("chihuy.hai" + n);
		assertThat(two).contains("post-two-" + n, "shared-commune-" + n).doesNotContain("post-one-" + n);
		String admin = log("admin");
		assertThat(admin).contains("ra-mai-post-" + n, "post-one-" + n, "post-two-" + n, "shared-commune-" + n,
				"no-unit-" + n).doesNotContain("hồ sơ của đồn mình");
		// accounts belong to no unit: the administrator's only
		assertThat(Pages.text(mvc.get().uri("/audit?entityType=AppUser").with(users.as("chihuy.ramai")).exchange(),
				200)).contains("Không có dữ liệu phù hợp").doesNotContain("chihuy.mot" + n);
		assertThat(Pages.text(mvc.get().uri("/audit?entityType=AppUser").with(users.as("admin")).exchange(), 200))
			.contains("chihuy.mot" + n);
		// the other roles: refused
		for (String other : new String[] { "canbo.ramai", "xa.danhoa", "tinh.quangtri" }) {
			assertThat(mvc.get().uri("/audit").with(users.as(other))).hasStatus(403);
		}
	}

	@Test
	void anEventCarriesTheUnitOfItsRecord() {
		Long activityId = jdbc.queryForObject("select a.id from activity a join commune c on c.id = a.commune_id "
				+ "where c.code = 'DANHOA2025' order by a.id limit 1", Long.class);
		tx.executeWithoutResult(s -> audit.record(AuditService.UPDATE, entities.find(Activity.class, activityId), null,
				null, Map.of("probe", n)));
		var row = jdbc.queryForMap("select post_id, commune_id from audit_event where entity_type = 'Activity' "
				+ "and entity_id = ? order by id desc limit 1", activityId);
		assertThat(row.get("post_id")).isNull();
		assertThat(((Number) row.get("commune_id")).longValue()).isEqualTo(
				jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class));
		// a Ra Mai agreement's change, through its page: the post's
		long agreement = jdbc.queryForObject("""
				insert into agreement (post_id, number, title, valid_from, valid_to)
				select id, ?, 'Quy chế thử đơn vị', date '2001-01-01', date '2001-12-31' from border_post
				where code = 'RAMAI' returning id""", Long.class, "ĐV-" + n);
		jdbc.update("insert into agreement_commune (agreement_id, commune_id) select ?, id from commune "
				+ "where code = 'DANHOA2025'", agreement);
		assertThat(mvc.post().uri("/agreements/" + agreement + "/status").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", "0").param("action", "activate")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select post_id = (select id from border_post where code = 'RAMAI') "
				+ "from audit_event where entity_type = 'Agreement' and entity_id = ?", Boolean.class, agreement))
			.isTrue();
		assertThat(Pages.text(mvc.get().uri("/audit?entityType=Agreement&entityId=" + agreement)
			.with(users.as("chihuy.mot" + n)).exchange(), 200)).contains("Không có dữ liệu phù hợp");
	}

	@Test
	void theMigrationGaveTheEventsWrittenBeforeItTheirUnits() throws IOException {
		long household = jdbc.queryForObject("select h.id from household h join commune c on c.id = h.commune_id "
				+ "where c.code = 'TRONGHOA' order by h.id limit 1", Long.class);
		long review = jdbc.queryForObject("select min(r.id) from monthly_review r join border_post p on p.id = r.post_id "
				+ "where p.code = 'RAMAI'", Long.class);
		long task = jdbc.queryForObject("select coalesce(min(id), -1) from review_task", Long.class);
		jdbc.update("insert into audit_event (entity_type, entity_id, action, summary) values "
				+ "('Household', ?, 'UPDATE', ?), ('MonthlyReview', ?, 'CONCLUDE', ?), ('Task', ?, 'UPDATE', ?)",
				household, "old-h-" + n, review, "old-r-" + n, task, "old-t-" + n);
		// the migration's updates, run again over these rows as over the rows it found
		String migration = Files.readString(Path.of("db/migration/V055__audit_event_unit.sql"));
		Arrays.stream(migration.replaceAll("(?m)^--.*$", "").split(";"))
			.map(String::strip)
			.filter(sql -> sql.startsWith("update"))
			.forEach(jdbc::update);
		assertThat(jdbc.queryForObject("select commune_id from audit_event where summary = ?", Long.class, "old-h-" + n))
			.isEqualTo(jdbc.queryForObject("select id from commune where code = 'TRONGHOA'", Long.class));
		assertThat(jdbc.queryForObject("select post_id from audit_event where summary = ?", Long.class, "old-r-" + n))
			.isEqualTo(jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class));
		if (task > 0) {
			assertThat(jdbc.queryForObject("select post_id from audit_event where summary = ?", Long.class, "old-t-" + n))
				.isNotNull();
		}
		assertThat(Pages.text(mvc.get().uri("/audit?entityType=Household&entityId=" + household)
			.with(users.as("chihuy.ramai")).exchange(), 200)).contains("old-h-" + n);
	}

}
