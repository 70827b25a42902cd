package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.shared.security.Role;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.SecondStep;
import vn.phoihop.support.Sessions;
import vn.phoihop.support.TestUsers;

@IntegrationTest
class SignInTest {

	@Autowired
	MockMvc mockMvc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void signsInWithTheDemoPasswordAndLandsOnTheDashboard() throws Exception {
		MvcResult result = Sessions.login(mockMvc, "chihuy.ramai", "Demo@2026");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(mvc.get().uri("/").cookie(Sessions.cookie(result))).hasStatusOk()
			.bodyText()
			.contains("Xin chào, Phạm Minh Dũng")
			.contains("Đồn Biên phòng Ra Mai");
	}

	@Test
	void passwordsAreStoredWithBcrypt() {
		String hash = jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Demo@2026");
	}

	@Test
	void wrongPasswordIsRefusedWithAVietnameseMessageAndTheUsernameKept() throws Exception {
		MvcResult result = Sessions.login(mockMvc, "canbo.ramai", "sai-mat-khau");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error=1");
		Cookie session = Sessions.cookie(result);
		assertThat(mvc.get().uri("/login?error=1").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Tên đăng nhập hoặc mật khẩu không đúng")
			.contains("canbo.ramai");
		jdbc.update("delete from login_attempt");
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutesEvenWithTheRightPassword() throws Exception {
		accounts.create("khoa.thu", "Dung-Mat-Khau-1", "Người Thử Khóa", Role.VIEWER, null, null,
				jdbc.queryForObject("select id from province where code='QUANGTRI'", Long.class));
		for (int i = 0; i < 5; i++) {
			Sessions.login(mockMvc, "khoa.thu", "sai-" + i);
		}
		MvcResult locked = Sessions.login(mockMvc, "khoa.thu", "Dung-Mat-Khau-1");
		assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error=1");
		Cookie session = Sessions.cookie(locked);
		assertThat(mvc.get().uri("/login?error=1").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("tạm thời bị khóa")
			.contains("15 phút");
		Long minutes = jdbc.queryForObject(
				"select round(extract(epoch from locked_until - now()) / 60) from login_attempt where username = 'khoa.thu'",
				Long.class);
		assertThat(minutes).isBetween(14L, 15L);

		// the lock expires: afterwards the right password works again
		jdbc.update("update login_attempt set locked_until = now() - interval '1 second' where username = 'khoa.thu'");
		MvcResult ok = Sessions.login(mockMvc, "khoa.thu", "Dung-Mat-Khau-1");
		assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(jdbc.queryForObject("select count(*) from login_attempt where username='khoa.thu'", Integer.class))
			.isZero();
	}

	@Test
	void disabledAccountCannotSignIn() throws Exception {
		var u = accounts.create("tat.thu", "Dung-Mat-Khau-2", "Người Bị Tắt", Role.VIEWER, null, null,
				jdbc.queryForObject("select id from province where code='QUANGTRI'", Long.class));
		accounts.setEnabled(u.getId(), u.getVersion(), false);
		MvcResult result = Sessions.login(mockMvc, "tat.thu", "Dung-Mat-Khau-2");
		Cookie session = Sessions.cookie(result);
		assertThat(mvc.get().uri("/login?error=1").cookie(session)).bodyText().contains("đã bị vô hiệu hóa");
	}

	@Test
	void disablingAnAccountSignsItOutAtOnce() throws Exception {
		var u = accounts.create("tat.dang.dung", "Dung-Mat-Khau-2", "Người Đang Dùng", Role.VIEWER, null, null,
				jdbc.queryForObject("select id from province where code='QUANGTRI'", Long.class));
		Cookie session = Sessions.cookie(Sessions.login(mockMvc, "tat.dang.dung", "Dung-Mat-Khau-2"));
		assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();
		accounts.setEnabled(u.getId(), u.getVersion(), false);
		// the next page, with the session the user already had, asks to sign in again
		assertThat(mvc.get().uri("/").cookie(session)).hasStatus3xxRedirection().redirectedUrl().contains("/login");
	}

	@Test
	void sessionIdChangesAtSignIn() throws Exception {
		// a failed attempt creates a session (it remembers the typed name); signing in from it must change its id
		MvcResult failed = Sessions.login(mockMvc, "canbo.ramai", "sai-mat-khau");
		Cookie before = Sessions.cookie(failed);
		MvcResult result = mockMvc.perform(MockMvcRequestBuilders.post("/login")
			.param("username", "canbo.ramai").param("password", "Demo@2026").with(csrf()).cookie(before)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(Sessions.cookie(result).getValue()).isNotEqualTo(before.getValue());
		jdbc.update("delete from login_attempt where username = 'canbo.ramai'");
	}

	@Test
	void sessionIdChangesAtEachStepOfATwoStepSignIn() throws Exception {
		MvcResult failed = Sessions.login(mockMvc, "admin", "sai-mat-khau");
		Cookie before = Sessions.cookie(failed);
		MvcResult password = mockMvc.perform(MockMvcRequestBuilders.post("/login")
			.param("username", "admin").param("password", "Demo@2026").with(csrf()).cookie(before)).andReturn();
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		Cookie pending = Sessions.cookie(password);
		assertThat(pending.getValue()).isNotEqualTo(before.getValue());
		SecondStep.allowNextCode(jdbc, "admin");
		MvcResult code = mockMvc.perform(MockMvcRequestBuilders.post("/login/code")
			.param("code", SecondStep.code(SecondStep.DEMO_SECRET)).with(csrf()).cookie(pending)).andReturn();
		assertThat(code.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(Sessions.cookie(code).getValue()).isNotEqualTo(pending.getValue());
		assertThat(jdbc.queryForObject("select count(*) from login_attempt where username = 'admin'", Integer.class))
			.as("the failure before is forgotten once both steps are done").isZero();
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		MvcResult in = Sessions.login(mockMvc, "admin", "Demo@2026");
		Cookie session = Sessions.cookie(in);
		assertThat(mvc.post().uri("/logout").with(csrf()).cookie(session)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?logout");
		assertThat(mvc.get().uri("/").cookie(session)).hasStatus3xxRedirection();
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/login").param("username", "admin").param("password", "Demo@2026"))
			.hasStatus(403);
		assertThat(mvc.post().uri("/admin/provinces").with(users.as("admin")).param("code", "X").param("name", "X"))
			.hasStatus(403);
		assertThat(jdbc.queryForObject("select count(*) from province where code = 'X'", Integer.class)).isZero();
	}

	@Test
	void adminPagesAreRefusedToEveryOtherRole() {
		for (String username : List.of("chihuy.ramai", "canbo.ramai", "xa.danhoa", "xa.tuyenlam", "tinh.quangtri")) {
			for (String page : List.of("/admin/users", "/admin/users/new", "/admin/communes", "/admin/villages",
					"/admin/posts", "/admin/merges", "/admin/provinces", "/admin/mail")) {
				assertThat(mvc.get().uri(page).with(users.as(username))).as(username + " " + page).hasStatus(403);
			}
		}
		// the audit log: the administrator's, and a commander's own post's part of it (AuditScopeTest)
		for (String username : List.of("canbo.ramai", "xa.danhoa", "xa.tuyenlam", "tinh.quangtri")) {
			assertThat(mvc.get().uri("/audit").with(users.as(username))).as(username + " /audit").hasStatus(403);
		}
		assertThat(mvc.get().uri("/audit").with(users.as("chihuy.ramai"))).hasStatusOk();
		assertThat(mvc.get().uri("/admin/users").with(users.as("admin"))).hasStatusOk();
	}

	@Test
	void anonymousUsersAreSentToTheSignInPage() {
		assertThat(mvc.get().uri("/admin/users")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Đăng nhập").contains("_csrf");
		// a partial update (htmx) without a session: the browser is told to open the sign-in page as a whole
		assertThat(mvc.get().uri("/activities/totals?q=x").header("HX-Request", "true")).hasStatus(401)
			.hasHeader("HX-Redirect", "/login")
			.bodyText().doesNotContain("Đăng nhập");
	}

	@Test
	void languageSwitchIsRememberedForTheUser() throws Exception {
		MvcResult in = Sessions.login(mockMvc, "xa.tuyenlam", "Demo@2026");
		Cookie session = Sessions.cookie(in);
		var english = mvc.get().uri("/?lang=en").cookie(session).exchange();
		assertThat(english).hasStatusOk().bodyText().contains("Hello, Đinh Văn Lâm");
		assertThat(english.getResponse().getCookie("lang").getValue()).isEqualTo("en");
		assertThat(jdbc.queryForObject("select locale from app_user where username='xa.tuyenlam'", String.class))
			.isEqualTo("en");
		// a new sign-in, in a fresh session, comes back in English
		MvcResult again = Sessions.login(mockMvc, "xa.tuyenlam", "Demo@2026");
		Cookie fresh = Sessions.cookie(again);
		// (another browser: no language cookie) the sign-in sets the remembered language
		assertThat(again.getResponse().getCookie("lang").getValue()).isEqualTo("en");
		var vi = mvc.get().uri("/?lang=vi").cookie(fresh).exchange();
		assertThat(vi).bodyText().contains("Xin chào, Đinh Văn Lâm");
		assertThat(jdbc.queryForObject("select locale from app_user where username='xa.tuyenlam'", String.class))
			.isEqualTo("vi");
	}

}
