package vn.phoihop.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.AccountService;
import vn.phoihop.shared.security.Role;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Sessions;

@IntegrationTest
class HeadersAndSessionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn().getResponse();
		String csp = r.getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(r.getHeader("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(r.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(r.getHeader("Strict-Transport-Security")).isNull();

		MockHttpServletResponse https = mvc.perform(MockMvcRequestBuilders.get("/login").secure(true))
			.andReturn()
			.getResponse();
		assertThat(https.getHeader("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void theSessionCookieIsHttpOnlyLaxAndSecureOverHttps() throws Exception {
		// the administrator signs in with the password and the code (Sessions): the session then gets its final id
		MockHttpServletResponse plain = Sessions.login(mvc, "admin", "Demo@2026").getResponse();
		String cookie = plain.getHeader("Set-Cookie");
		assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

		// as behind the HTTPS proxy
		MockHttpServletResponse https = mvc.perform(MockMvcRequestBuilders.post("/login")
			.secure(true)
			.param("username", "admin")
			.param("password", "Demo@2026")
			.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn()
			.getResponse();
		assertThat(https.getHeaders("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure"));
	}

	@Test
	void anIdleSessionEndsAfterSixtyMinutes() throws Exception {
		MockHttpServletResponse login = Sessions.login(mvc, "admin", "Demo@2026").getResponse();
		String id = login.getCookie("SESSION").getValue();
		Cookie cookie = new Cookie("SESSION", id);
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/").cookie(cookie)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		String sessionId = new String(Base64.getDecoder().decode(id));
		assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, sessionId))
			.isEqualTo(60 * 60);
		// sixty-one minutes without a request
		jdbc.update("""
				update spring_session set last_access_time = last_access_time - 61 * 60 * 1000,
				  expiry_time = expiry_time - 61 * 60 * 1000 where session_id = ?""", sessionId);
		MockHttpServletResponse after = mvc.perform(MockMvcRequestBuilders.get("/").cookie(cookie))
			.andReturn()
			.getResponse();
		assertThat(after.getStatus()).isEqualTo(302);
		assertThat(after.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void throttlingHoldsUnderParallelAttempts() throws Exception {
		accounts.create("song.song", "Dung-Mat-Khau-9", "Thử Song Song", Role.VIEWER, null, null,
				jdbc.queryForObject("select id from province where code='QUANGTRI'", Long.class));
		ExecutorService pool = Executors.newFixedThreadPool(12);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			int n = i;
			futures.add(pool.submit(() -> {
				start.await();
				return mvc.perform(formLogin("/login").user("song.song").password("sai-" + n)).andReturn().getResponse();
			}));
		}
		start.countDown();
		for (Future<MockHttpServletResponse> f : futures) {
			assertThat(f.get(60, TimeUnit.SECONDS).getRedirectedUrl()).isEqualTo("/login?error=1");
		}
		pool.shutdown();
		// every failure was counted and the name is locked: even the right password is refused now
		assertThat(jdbc.queryForObject("select locked_until > now() from login_attempt where username = 'song.song'",
				Boolean.class)).isTrue();
		assertThat(mvc.perform(formLogin("/login").user("song.song").password("Dung-Mat-Khau-9"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error=1");
	}

}
