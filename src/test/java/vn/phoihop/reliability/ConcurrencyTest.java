package vn.phoihop.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Sessions;
import vn.phoihop.support.TestUsers;

/**
 * Twenty people press "save" on the same version at the same moment: exactly one wins, the others get the
 * "changed by someone else" page with their own input kept, and the audit trail holds only the winning change.
 * Twenty submissions of one form token create one record.
 */
@IntegrationTest
class ConcurrencyTest {

	private static final int N = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	private List<MockHttpServletResponse> race(IntFunction<MockHttpServletRequestBuilder> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(N);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
		for (int i = 0; i < N; i++) {
			MockHttpServletRequestBuilder builder = request.apply(i);
			Callable<MockHttpServletResponse> call = () -> {
				start.await();
				return mvc.perform(builder).andReturn().getResponse();
			};
			futures.add(pool.submit(call));
		}
		start.countDown();
		List<MockHttpServletResponse> responses = new ArrayList<>();
		for (Future<MockHttpServletResponse> f : futures) {
			responses.add(f.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		return responses;
	}

	private static String page(MockHttpServletResponse response) throws Exception {
		return HtmlUtils.htmlUnescape(response.getContentAsString());
	}

	@Test
	void twentyParallelFirstPagesOfOneFreshSessionAllAnswer() throws Exception {
		// a phone reopening several tabs, or htmx requests in parallel, right after signing in: each request creates
		// the session's CSRF token and Spring Session saves it; two inserts of one attribute must not be a 500
		var login = Sessions.login(mvc, "chihuy.ramai", "Demo@2026").getResponse();
		Cookie session = new Cookie("SESSION",
				login.getCookie("SESSION").getValue());
		List<MockHttpServletResponse> responses = race(i -> org.springframework.test.web.servlet.request
			.MockMvcRequestBuilders.get(i % 2 == 0 ? "/" : "/activities").cookie(session));
		assertThat(responses).allSatisfy(r -> assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200));
	}

	@Test
	void twentyConcurrentReportExportsAllAnswerAndAreAllAudited() throws Exception {
		// an export is audited in its own transaction; one held around it took a second pooled connection per
		// request, and twenty at once (ten connections) waited for each other until the pool's timeout
		long before = jdbc.queryForObject("select count(*) from audit_event where entity_type = 'PeriodReport'",
				Long.class);
		List<MockHttpServletResponse> responses = race(i -> get("/reports/period")
			.param("post", "RAMAI").param("from", "2019-01-01").param("to", "2020-06-30").param("format", "csv")
			.with(users.as("chihuy.ramai")));
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsOnly(200);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'PeriodReport'",
				Long.class)).isEqualTo(before + N);
	}

	@Test
	void twentyConcurrentEditsOfOneHouseholdExactlyOneWins() throws Exception {
		Map<String, Object> h = jdbc.queryForMap("""
				select h.id, h.village_id, h.head_name, h.members, h.ethnicity, h.poverty_status, h.version
				from household h join commune c on c.id = h.commune_id
				where c.code = 'TRONGHOA' and not h.archived order by h.id desc limit 1""");
		long id = ((Number) h.get("id")).longValue();
		int auditBefore = jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'Household' and entity_id = ?", Integer.class, id);

		List<MockHttpServletResponse> responses = race(i -> post("/households/" + id).with(users.as("xa.danhoa"))
			.with(csrf())
			.param("id", String.valueOf(id))
			.param("version", h.get("version").toString())
			.param("villageId", h.get("village_id").toString())
			.param("headName", (String) h.get("head_name"))
			.param("members", h.get("members").toString())
			.param("ethnicity", (String) h.get("ethnicity"))
			.param("povertyStatus", (String) h.get("poverty_status"))
			.param("notes", "Ghi chú của người thứ " + i));

		List<Integer> winners = new ArrayList<>();
		for (int i = 0; i < N; i++) {
			MockHttpServletResponse r = responses.get(i);
			if (r.getStatus() == 302) {
				winners.add(i);
			}
			else {
				assertThat(r.getStatus()).isEqualTo(200);
				assertThat(page(r)).contains("vừa được người khác thay đổi").contains("Ghi chú của người thứ " + i);
			}
		}
		assertThat(winners).hasSize(1);
		assertThat(jdbc.queryForObject("select notes from household where id = ?", String.class, id))
			.isEqualTo("Ghi chú của người thứ " + winners.get(0));
		assertThat(jdbc.queryForObject("select version from household where id = ?", Integer.class, id))
			.isEqualTo(((Number) h.get("version")).intValue() + 1);
		List<String> audits = jdbc.queryForList("select after_data::text from audit_event where entity_type = 'Household' "
				+ "and entity_id = ? order by id offset ?", String.class, id, auditBefore);
		assertThat(audits).hasSize(1);
		assertThat(audits.get(0)).contains("Ghi chú của người thứ " + winners.get(0));
	}

	private long communeId(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	private MockHttpServletRequestBuilder newDraft(String token, String title) {
		long village = jdbc.queryForObject("select v.id from village v join commune c on c.id = v.commune_id "
				+ "where c.code = 'TRONGHOA' order by v.id limit 1", Long.class);
		return post("/activities").with(users.as("xa.danhoa"))
			.with(csrf())
			.param("token", token)
			.param("action", "draft")
			.param("type", "MEETING")
			.param("communeId", String.valueOf(communeId("DANHOA2025")))
			.param("activityDate", LocalDate.now().withDayOfMonth(1).toString())
			.param("villageIds", String.valueOf(village))
			.param("title", title);
	}

	@Test
	void twentySubmissionsOfOneFormTokenCreateOneActivity() throws Exception {
		String token = "race-" + System.nanoTime();
		String title = "Giao ban thử tranh chấp " + token;
		List<MockHttpServletResponse> responses = race(i -> newDraft(token, title));
		assertThat(responses).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(302));
		assertThat(jdbc.queryForObject("select count(*) from activity where title = ?", Integer.class, title)).isEqualTo(1);
		long id = jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
		// every one of them is sent to the one record
		assertThat(responses).allSatisfy(r -> assertThat(r.getRedirectedUrl()).isEqualTo("/activities/" + id));
	}

	@Test
	void twentyConcurrentEditsOfOneActivityExactlyOneWins() throws Exception {
		String title = "Giao ban sửa đồng thời " + System.nanoTime();
		assertThat(mvc.perform(newDraft("single-" + System.nanoTime(), title)).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		long id = jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
		int version = jdbc.queryForObject("select version from activity where id = ?", Integer.class, id);
		int auditBefore = jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'Activity' and entity_id = ?", Integer.class, id);

		List<MockHttpServletResponse> responses = race(i -> newDraft("unused", title + " — bản " + i)
			.param("id", String.valueOf(id))
			.param("version", String.valueOf(version)));

		List<Integer> winners = new ArrayList<>();
		for (int i = 0; i < N; i++) {
			MockHttpServletResponse r = responses.get(i);
			if (r.getStatus() == 302) {
				winners.add(i);
			}
			else {
				assertThat(r.getStatus()).isEqualTo(200);
				assertThat(page(r)).contains("vừa được người khác thay đổi").contains(title + " — bản " + i);
			}
		}
		assertThat(winners).hasSize(1);
		assertThat(jdbc.queryForObject("select title from activity where id = ?", String.class, id))
			.isEqualTo(title + " — bản " + winners.get(0));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Activity' and entity_id = ?",
				Integer.class, id)).isEqualTo(auditBefore + 1);
	}

}
