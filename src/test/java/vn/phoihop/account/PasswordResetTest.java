package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.bench.SqlStatementCounter;
import vn.phoihop.shared.security.Role;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.Sessions;
import vn.phoihop.support.TestMail;
import vn.phoihop.support.TestUsers;

/**
 * A forgotten password: the link arrives by mail (a real SMTP server, GreenMail) in Vietnamese, works once and for
 * thirty minutes, and asking for one answers alike whether or not the account or the address exists.
 */
@IntegrationTest
class PasswordResetTest {

	@Autowired
	MockMvc mockMvc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestUsers users;

	long province() {
		return jdbc.queryForObject("select id from province where code = 'QUANGTRI'", Long.class);
	}

	/** An account with a confirmed address (confirming one is MyAccountTest's). */
	void withAddress(String username, String password, String email) {
		accounts.create(username, password, "Người Quên " + username, Role.VIEWER, null, null, province());
		jdbc.update("update app_user set email = ? where username = ?", email, username);
	}

	MvcTestResult ask(String identifier) {
		return mvc.post().uri("/password/forgot").with(csrf()).param("identifier", identifier).exchange();
	}

	static String link(MimeMessage mail) {
		Matcher m = Pattern.compile("http://localhost(/password/reset\\?token=[A-Za-z0-9_-]+)").matcher(TestMail.text(mail));
		assertThat(m.find()).as("a link in the mail").isTrue();
		return m.group(1);
	}

	void waitForToken(String token) throws InterruptedException {
		for (int i = 0; i < 50 && jdbc.queryForObject("select count(*) from account_token where token_hash = ?",
				Integer.class, AccountTokens.hash(token)) == 0; i++) {
			Thread.sleep(100);
		}
	}

	@Test
	void theSignInPageSaysWhatToDoAfterAForgottenPassword() {
		String login = Pages.text(mvc.get().uri("/login").exchange(), 200);
		assertThat(login).contains("Quên mật khẩu?").contains("href=\"/password/forgot\"")
			.contains("liên kết đặt lại mật khẩu qua thư").contains("liên hệ quản trị viên");
		String forgot = Pages.text(mvc.get().uri("/password/forgot").exchange(), 200);
		assertThat(forgot).contains("Quên mật khẩu").contains("Tên đăng nhập hoặc thư điện tử")
			.contains("dùng được một lần trong 30 phút").contains("Hãy liên hệ quản trị viên");
		String blank = Pages.text(ask("   "), 200);
		assertThat(blank).contains("Vui lòng nhập tên đăng nhập hoặc địa chỉ thư điện tử").contains("is-invalid");
	}

	@Test
	void aResetLinkArrivesInVietnameseAndWorksOnce() throws Exception {
		withAddress("quen.mk", "Mat-khau-da-quen-1", "quen.mk@xa.example.vn");
		Cookie before = Sessions.signIn(mockMvc, "quen.mk", "Mat-khau-da-quen-1");
		assertThat(ask("quen.mk")).hasStatus3xxRedirection().hasRedirectedUrl("/password/forgot");

		List<MimeMessage> mail = TestMail.to("quen.mk@xa.example.vn", 1);
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).getSubject()).isEqualTo("Phối hợp: đặt lại mật khẩu");
		assertThat(TestMail.text(mail.get(0))).startsWith("Xin chào Người Quên quen.mk,")
			.contains("tài khoản quen.mk").contains("trong 30 phút").contains("chỉ dùng được một lần");
		String link = link(mail.get(0));
		String token = link.substring(link.indexOf('=') + 1);
		// kept as its hash only; the request is audited (the mail goes last in its transaction: wait for the commit)
		waitForToken(token);
		assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Integer.class,
				AccountTokens.hash(token))).isOne();
		assertThat(jdbc.queryForList("select action from audit_event where summary = 'quen.mk'", String.class))
			.contains("PASSWORD_RESET_LINK");
		// evaluation mode: the administrator's page keeps it too
		assertThat(Pages.text(mvc.get().uri("/admin/mail").with(users.as("admin")).exchange(), 200))
			.contains("quen.mk@xa.example.vn").contains("Phối hợp: đặt lại mật khẩu").contains(token);

		// the link opens the form; looking does not use it
		assertThat(Pages.text(mvc.get().uri(link).exchange(), 200)).contains("Đặt mật khẩu mới")
			.contains("name=\"token\"");
		// mistakes: the message by the field, the link still valid
		String shortOne = Pages.text(mvc.post().uri("/password/reset").with(csrf()).param("token", token)
			.param("password", "ngan").param("confirmation", "ngan").exchange(), 200);
		assertThat(shortOne).contains("ít nhất 12 ký tự").contains("name=\"token\"");
		String mismatch = Pages.text(mvc.post().uri("/password/reset").with(csrf()).param("token", token)
			.param("password", "Mat-khau-moi-dai-1").param("confirmation", "Mat-khau-moi-dai-2").exchange(), 200);
		assertThat(mismatch).contains("không giống nhau").doesNotContain("Mat-khau-moi-dai");

		var done = mvc.post().uri("/password/reset").with(csrf()).param("token", token)
			.param("password", "Mat-khau-moi-dai-1").param("confirmation", "Mat-khau-moi-dai-1").exchange();
		assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/login");
		assertThat(Sessions.login(mockMvc, "quen.mk", "Mat-khau-moi-dai-1").getResponse().getRedirectedUrl())
			.isEqualTo("/");
		assertThat(Sessions.login(mockMvc, "quen.mk", "Mat-khau-da-quen-1").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=1");
		// the session signed in before the reset has ended
		assertThat(mvc.get().uri("/").cookie(before)).hasStatus3xxRedirection();
		assertThat(jdbc.queryForList("select action from audit_event where summary = 'quen.mk'", String.class))
			.contains("PASSWORD_RESET_BY_LINK");

		// used: the link says so, and sets nothing
		assertThat(Pages.text(mvc.get().uri(link).exchange(), 200)).contains("không hợp lệ, đã được dùng hoặc đã hết hạn")
			.doesNotContain("name=\"password\"");
		assertThat(Pages.text(mvc.post().uri("/password/reset").with(csrf()).param("token", token)
			.param("password", "Mat-khau-thu-ba-3").param("confirmation", "Mat-khau-thu-ba-3").exchange(), 200))
			.contains("không hợp lệ, đã được dùng hoặc đã hết hạn");
		jdbc.update("delete from login_attempt where username = 'quen.mk'");
	}

	@Test
	void aLinkExpiresAfterThirtyMinutesAndOneLinkAMinuteIsSent() throws Exception {
		withAddress("het.han", "Mat-khau-het-han-1", "het.han@xa.example.vn");
		assertThat(ask("het.han@XA.example.vn")).hasStatus3xxRedirection();
		String link = link(TestMail.to("het.han@xa.example.vn", 1).get(0));
		waitForToken(link.substring(link.indexOf('=') + 1));
		Integer minutes = jdbc.queryForObject("select round(extract(epoch from expires_at - created_at) / 60) "
				+ "from account_token where token_hash = ?", Integer.class,
				AccountTokens.hash(link.substring(link.indexOf('=') + 1)));
		assertThat(minutes).isEqualTo(30);
		// asked again at once: no second mail (the form cannot flood a mailbox)
		assertThat(ask("het.han")).hasStatus3xxRedirection();
		Thread.sleep(1500);
		assertThat(TestMail.to("het.han@xa.example.vn", 2)).hasSize(1);
		jdbc.update("update account_token set expires_at = now() - interval '1 second', "
				+ "created_at = now() - interval '31 minutes' where user_id = (select id from app_user where username = 'het.han')");
		assertThat(Pages.text(mvc.get().uri(link).exchange(), 200)).contains("đã hết hạn")
			.doesNotContain("name=\"password\"");
	}

	@Test
	void askingAnswersAlikeAndLooksNothingUpWhileAnswering() throws Exception {
		withAddress("co.dia.chi", "Mat-khau-dia-chi-1", "co.dia.chi@xa.example.vn");
		accounts.create("khong.dia.chi", "Mat-khau-dia-chi-2", "Người Không Địa Chỉ", Role.VIEWER, null, null,
				province());
		List<String> pages = new ArrayList<>();
		List<Long> statements = new ArrayList<>();
		for (String identifier : List.of("co.dia.chi", "khong.dia.chi", "khong.ai.ten.nay",
				"khong-ai@xa.example.vn")) {
			SqlStatementCounter.resetAndRecord();
			var answer = mockMvc.perform(post("/password/forgot").with(csrf()).param("identifier", identifier))
				.andReturn();
			// no statement of this request reads an account or a link: only the session's own
			assertThat(SqlStatementCounter.recorded()).as(identifier)
				.noneMatch(sql -> sql.contains("app_user") || sql.contains("account_token"));
			statements.add(SqlStatementCounter.current());
			assertThat(answer.getResponse().getStatus()).isEqualTo(302);
			assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/password/forgot");
			String page = Pages.text(mvc.get().uri("/password/forgot").cookie(Sessions.cookie(answer)).exchange(), 200);
			pages.add(Pages.main(page).replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""));
		}
		assertThat(statements).as("the same statements whatever was typed").containsOnly(statements.get(0));
		assertThat(pages).as("the same page whatever was typed").containsOnly(pages.get(0));
		assertThat(pages.get(0)).contains("Nếu tài khoản này có địa chỉ thư điện tử đã xác nhận");
		// only the account with an address got a mail
		assertThat(TestMail.to("co.dia.chi@xa.example.vn", 1)).hasSize(1);
	}

}
