package vn.phoihop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.bench.SqlStatementCounter;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Sessions;

/**
 * The session row is not rewritten on every page only to move its last access time (SessionWriteThrottle), but it is
 * when a minute has passed, and a change of the session (a flash message after a form) is always written.
 */
@IntegrationTest
class SessionWriteThrottleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Cookie signIn() throws Exception {
		String id = Sessions.login(mvc, "admin", "Demo@2026").getResponse().getCookie("SESSION").getValue();
		return new Cookie("SESSION", id);
	}

	long lastAccess(Cookie cookie) {
		return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				new String(Base64.getDecoder().decode(cookie.getValue())));
	}

	long sessionWrites(Cookie cookie, String path) throws Exception {
		return sessionStatements(cookie, path, false);
	}

	long sessionReads(Cookie cookie, String path) throws Exception {
		return sessionStatements(cookie, path, true);
	}

	/** The session's SELECTs ({@code reads}) or its other statements, while a page is answered. */
	long sessionStatements(Cookie cookie, String path, boolean reads) throws Exception {
		SqlStatementCounter.resetAndRecord();
		assertThat(mvc.perform(MockMvcRequestBuilders.get(path).cookie(cookie)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		return SqlStatementCounter.recorded()
			.stream()
			.filter(sql -> sql.contains("SPRING_SESSION") && sql.strip().toUpperCase().startsWith("SELECT") == reads)
			.count();
	}

	@Test
	void aPageReadsTheSessionButWritesItOnlyWhenItChangedOrOnceAMinute() throws Exception {
		Cookie cookie = signIn();
		sessionWrites(cookie, "/"); // the first page stores the CSRF token: a change, written
		long stored = lastAccess(cookie);

		assertThat(sessionWrites(cookie, "/agreements")).isZero();
		assertThat(sessionWrites(cookie, "/activities")).isZero();
		assertThat(lastAccess(cookie)).isEqualTo(stored);

		// the stored time a minute and more old: the next page moves it
		jdbc.update("update spring_session set last_access_time = last_access_time - 61000, "
				+ "expiry_time = expiry_time - 61000 where session_id = ?",
				new String(Base64.getDecoder().decode(cookie.getValue())));
		assertThat(sessionWrites(cookie, "/agreements")).isPositive();
		assertThat(lastAccess(cookie)).isGreaterThan(stored - 61000);
		assertThat(sessionWrites(cookie, "/agreements")).isZero();
	}

	@Test
	void aChangeOfTheSessionIsWrittenAtOnce() throws Exception {
		Cookie cookie = signIn();
		sessionWrites(cookie, "/");
		// a saved form leaves its "saved" message in the session for the page it redirects to (a flash attribute):
		// a change, written although the last write is seconds old; the page that shows it removes it, written too
		String code = "SWT" + (System.nanoTime() % 100000);
		SqlStatementCounter.resetAndRecord();
		var saved = mvc.perform(MockMvcRequestBuilders.post("/admin/provinces").cookie(cookie)
			.param("code", code).param("name", "Tỉnh Ghi Phiên")
			.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(SqlStatementCounter.recorded()).anyMatch(sql -> sql.contains("SPRING_SESSION_ATTRIBUTES"));
		String target = saved.getRedirectedUrl();
		assertThat(sessionWrites(cookie, target)).isPositive();
		assertThat(sessionWrites(cookie, target)).isZero();
	}

	@Test
	void aPageReadsItsSessionOnceAndANewPageReadsItAgain() throws Exception {
		Cookie cookie = signIn();
		sessionWrites(cookie, "/");
		for (String path : new String[] { "/agreements", "/activities", "/" }) {
			assertThat(sessionReads(cookie, path)).as(path).isEqualTo(1);
		}
		// a session ended in the database (signed out on another instance, expired) is not served from the last request
		jdbc.update("delete from spring_session where session_id = ?",
				new String(Base64.getDecoder().decode(cookie.getValue())));
		var after = mvc.perform(MockMvcRequestBuilders.get("/agreements").cookie(cookie)).andReturn().getResponse();
		assertThat(after.getStatus()).isEqualTo(302);
		assertThat(after.getRedirectedUrl()).contains("/login");
	}

}
