package vn.phoihop.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * Who looked (issue 22 §2): every opening of a household's page is one row of the access log, written in the page's
 * request; the administrator searches the whole log, a commander the accesses to the households of the post's
 * communes; the household's page shows its latest accesses to those two.
 */
@IntegrationTest
class AccessLogTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	static String html(MvcTestResult result) {
		try {
			return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long household(String communeCode) {
		return jdbc.queryForObject("""
				select h.id from household h join commune c on c.id = h.commune_id
				 where c.code = ? and not h.archived order by h.id desc limit 1""", Long.class, communeCode);
	}

	long rows() {
		return jdbc.queryForObject("select count(*) from privacy_access_log", Long.class);
	}

	@Test
	void openingAHouseholdsPageWritesOneRowWithWhoWhenWhichAndHow() {
		long id = household("TRONGHOA");
		long before = rows();
		assertThat(mvc.get().uri("/households/" + id).with(users.as("xa.danhoa"))).hasStatusOk();
		assertThat(rows()).isEqualTo(before + 1);
		var row = jdbc.queryForMap("""
				select username, user_role, kind, unmasked, household_ids::text ids, record_count, purpose, what,
				       accessed_at > now() - interval '1 minute' recent,
				       commune_id = (select id from commune where code = 'TRONGHOA') commune
				  from privacy_access_log order by id desc limit 1""");
		assertThat(row).containsEntry("username", "xa.danhoa").containsEntry("user_role", "COMMUNE_OFFICIAL")
			.containsEntry("kind", "VIEW").containsEntry("unmasked", true).containsEntry("ids", "{" + id + "}")
			.containsEntry("record_count", 1).containsEntry("what", "/households/" + id).containsEntry("recent", true)
			.containsEntry("commune", true);
		assertThat(row.get("purpose")).isNull();
		// a cadre sees it masked: the row says so
		assertThat(mvc.get().uri("/households/" + id).with(users.as("canbo.ramai"))).hasStatusOk();
		assertThat(jdbc.queryForObject("select unmasked from privacy_access_log order by id desc limit 1",
				Boolean.class)).isFalse();
		// a page refused (another commune's household) records nothing
		long other = household("THANHHOA");
		long refused = rows();
		assertThat(mvc.get().uri("/households/" + other).with(users.as("xa.danhoa"))).hasStatus(404);
		assertThat(rows()).isEqualTo(refused);
	}

	@Test
	void theCommanderSearchesOnlyTheAccessesToThePostsCommunesAndTheAdministratorAll() {
		// an access to a household of a commune Ra Mai never covered (written as the recorder would)
		long outside = -7; // no commune of Ra Mai's scope
		jdbc.update("""
				insert into privacy_access_log (username, user_role, kind, unmasked, commune_id, household_ids,
				  record_count, what) values ('khac.nguoi', 'COMMUNE_OFFICIAL', 'VIEW', true, ?, array[987654321], 1,
				  '/households/987654321')""", outside);
		long id = household("TRONGHOA");
		assertThat(mvc.get().uri("/households/" + id).with(users.as("xa.danhoa"))).hasStatusOk();

		String admin = html(mvc.get().uri("/privacy/access-log").param("username", "khac.nguoi")
			.with(users.as("admin")).exchange());
		assertThat(admin).contains("#987654321");
		String commander = html(mvc.get().uri("/privacy/access-log").param("username", "khac.nguoi")
			.with(users.as("chihuy.ramai")).exchange());
		assertThat(commander).doesNotContain("#987654321").contains("id=\"log-scope\"");
		// the household filter, the kind and the day
		String today = java.time.LocalDate.now(AccessLogFilter.ZONE).toString();
		String own = html(mvc.get().uri("/privacy/access-log").param("householdId", String.valueOf(id))
			.param("kind", "VIEW").param("from", today).param("to", today).with(users.as("chihuy.ramai")).exchange());
		assertThat(own).contains("xa.danhoa", "#" + id, "Mở hồ sơ");
		assertThat(html(mvc.get().uri("/privacy/access-log").param("householdId", String.valueOf(id))
			.param("kind", "EXPORT").param("username", "xa.danhoa").param("to", "2020-01-01")
			.with(users.as("chihuy.ramai")).exchange())).doesNotContain("#" + id + "<");
		// a day that is no day: the message next to the field, what was typed kept, never a 500
		assertThat(html(mvc.get().uri("/privacy/access-log").param("from", "32/13/2026").with(users.as("admin"))
			.exchange())).contains("value=\"32/13/2026\"", "from-error");
		// paging: a page past the end is an empty page
		assertThat(mvc.get().uri("/privacy/access-log").param("page", "100000").with(users.as("admin"))).hasStatusOk();
	}

	@Test
	void onlyTheAdministratorAndTheCommanderReadTheLogOrAHouseholdsHistory() {
		long id = household("TRONGHOA");
		for (String user : new String[] { "canbo.ramai", "xa.danhoa", "tinh.quangtri", "xa.tuyenlam" }) {
			assertThat(mvc.get().uri("/privacy/access-log").with(users.as(user))).as(user).hasStatus(403);
			assertThat(mvc.get().uri("/privacy/access-log/household/" + id).with(users.as(user))).as(user)
				.hasStatus(403);
		}
		assertThat(html(mvc.get().uri("/households/" + id).with(users.as("xa.danhoa")).exchange()))
			.doesNotContain("id=\"access-history\"");
	}

	@Test
	void aHouseholdsPageShowsItsLatestAccessesToTheCommander() {
		long id = household("TRONGHOA");
		assertThat(mvc.get().uri("/households/" + id).with(users.as("xa.danhoa"))).hasStatusOk();
		assertThat(html(mvc.get().uri("/households/" + id).with(users.as("chihuy.ramai")).exchange()))
			.contains("id=\"access-history\"", "/privacy/access-log/household/" + id);
		String history = html(mvc.get().uri("/privacy/access-log/household/" + id).header("HX-Request", "true")
			.with(users.as("chihuy.ramai")).exchange());
		assertThat(history).contains("id=\"access-history-list\"", "xa.danhoa", "chihuy.ramai", "Mở hồ sơ")
			.doesNotContain("<html");
		// a household outside the commander's scope is a 404, as its page
		long outside = jdbc.queryForObject("""
				select coalesce(min(h.id), -1) from household h where h.commune_id not in (select pc.commune_id
				  from post_coverage pc join border_post p on p.id = pc.post_id where p.code = 'RAMAI')""", Long.class);
		if (outside > 0) {
			assertThat(mvc.get().uri("/privacy/access-log/household/" + outside).with(users.as("chihuy.ramai")))
				.hasStatus(404);
		}
	}

}
