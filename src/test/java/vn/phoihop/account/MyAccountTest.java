package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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

import vn.phoihop.shared.security.Role;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.Sessions;
import vn.phoihop.support.TestMail;
import vn.phoihop.support.TestUsers;

/**
 * A user's own account: changing the password (the current one asked, the rules, the other sessions ended, audited),
 * the rules the administrator's forms share, and an e-mail address confirmed by a link that arrives by mail.
 */
@IntegrationTest
class MyAccountTest {

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

	String hash(String username) {
		return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
	}

	int version(String username) {
		return jdbc.queryForObject("select version from app_user where username = ?", Integer.class, username);
	}

	MvcTestResult changePassword(Cookie session, String username, String current, String next, String again) {
		return mvc.post().uri("/me/password").with(csrf()).cookie(session)
			.param("version", String.valueOf(version(username)))
			.param("currentPassword", current).param("newPassword", next).param("confirmation", again)
			.exchange();
	}

	@Test
	void aUserChangesTheirPasswordAndTheirOtherSessionsEnd() throws Exception {
		accounts.create("doi.matkhau", "Mat-khau-cu-2026", "Người Đổi Mật Khẩu", Role.VIEWER, null, null, province());
		Cookie phone = Sessions.signIn(mockMvc, "doi.matkhau", "Mat-khau-cu-2026");
		Cookie desk = Sessions.signIn(mockMvc, "doi.matkhau", "Mat-khau-cu-2026");
		String before = hash("doi.matkhau");
		assertThat(Pages.text(mvc.get().uri("/me/password").cookie(desk).exchange(), 200))
			.contains("Đổi mật khẩu").contains("Ít nhất 12 ký tự");

		// each mistake: a Vietnamese message by its field, no password written back into the page, nothing saved
		record Mistake(String current, String next, String again, String message) {
		}
		for (Mistake m : List.of(
				new Mistake("Sai-mat-khau-2026", "Mat-khau-moi-2026", "Mat-khau-moi-2026", "Mật khẩu hiện tại không đúng"),
				new Mistake("Mat-khau-cu-2026", "Ngan-2026", "Ngan-2026", "ít nhất 12 ký tự"),
				new Mistake("Mat-khau-cu-2026", "doi.matkhau-2026", "doi.matkhau-2026", "không được chứa tên đăng nhập"),
				new Mistake("Mat-khau-cu-2026", "Mat-khau-moi-2026", "Mat-khau-khac-2026", "không giống nhau"),
				new Mistake("Mat-khau-cu-2026", "Mat-khau-cu-2026", "Mat-khau-cu-2026", "phải khác mật khẩu hiện tại"))) {
			String page = Pages.text(changePassword(desk, "doi.matkhau", m.current(), m.next(), m.again()), 200);
			assertThat(page).as(m.message()).contains(m.message()).contains("is-invalid")
				.doesNotContain(m.current()).doesNotContain(m.next()).doesNotContain(m.again());
			assertThat(hash("doi.matkhau")).isEqualTo(before);
		}
		jdbc.update("delete from login_attempt where username = 'doi.matkhau'");

		var changed = changePassword(desk, "doi.matkhau", "Mat-khau-cu-2026", "Mat-khau-moi-2026", "Mat-khau-moi-2026");
		assertThat(changed).hasStatus3xxRedirection().hasRedirectedUrl("/me");
		Cookie kept = changed.getResponse().getCookie("SESSION") != null ? changed.getResponse().getCookie("SESSION")
				: desk;
		assertThat(kept.getValue()).as("a new session id").isNotEqualTo(desk.getValue());
		assertThat(Pages.text(mvc.get().uri("/me").cookie(kept).exchange(), 200))
			.contains("Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.");
		// the phone's session has ended; this one goes on
		assertThat(mvc.get().uri("/").cookie(phone)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/").cookie(kept)).hasStatusOk();
		assertThat(hash("doi.matkhau")).startsWith("{bcrypt}").isNotEqualTo(before);
		assertThat(Sessions.login(mockMvc, "doi.matkhau", "Mat-khau-cu-2026").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=1");
		assertThat(Sessions.login(mockMvc, "doi.matkhau", "Mat-khau-moi-2026").getResponse().getRedirectedUrl())
			.isEqualTo("/");
		var audit = jdbc.queryForMap("select username, after_data::text after from audit_event where action = "
				+ "'PASSWORD_CHANGE' and summary = 'doi.matkhau'");
		assertThat(audit.get("username")).isEqualTo("doi.matkhau");
		assertThat((String) audit.get("after")).contains("\"otherSessionsEnded\": 1").doesNotContain("Mat-khau");
		jdbc.update("delete from login_attempt where username = 'doi.matkhau'");
	}

	@Test
	void theAdministratorsFormsFollowTheSameRulesAndAResetEndsTheUsersSessions() throws Exception {
		long qt = province();
		String shortOne = Pages.text(mvc.post().uri("/admin/users").with(users.as("admin")).with(csrf())
			.param("username", "quy.tac").param("fullName", "Người Quy Tắc").param("role", "VIEWER")
			.param("provinceId", String.valueOf(qt)).param("password", "Ngan-11-ky").exchange(), 200);
		assertThat(shortOne).contains("Mật khẩu phải có ít nhất 12 ký tự").contains("value=\"Người Quy Tắc\"")
			.doesNotContain("Ngan-11-ky");
		String withName = Pages.text(mvc.post().uri("/admin/users").with(users.as("admin")).with(csrf())
			.param("username", "quy.tac").param("fullName", "Người Quy Tắc").param("role", "VIEWER")
			.param("provinceId", String.valueOf(qt)).param("password", "Quy.Tac-2026-dai").exchange(), 200);
		assertThat(withName).contains("không được chứa tên đăng nhập");
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'quy.tac'", Integer.class))
			.isZero();

		var u = accounts.create("dat.lai", "Mat-khau-ban-dau", "Người Được Đặt Lại", Role.VIEWER, null, null, qt);
		Cookie session = Sessions.signIn(mockMvc, "dat.lai", "Mat-khau-ban-dau");
		assertThat(Pages.text(mvc.post().uri("/admin/users/" + u.getId() + "/password").with(users.as("admin"))
			.with(csrf()).param("version", String.valueOf(version("dat.lai"))).param("password", "ngan").exchange(), 200))
			.contains("ít nhất 12 ký tự");
		// a password with spaces around it is kept as typed: the sign-in form sends it as typed
		assertThat(mvc.post().uri("/admin/users/" + u.getId() + "/password").with(users.as("admin")).with(csrf())
			.param("version", String.valueOf(version("dat.lai"))).param("password", " Mat khau moi 2026 "))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/").cookie(session)).hasStatus3xxRedirection();
		assertThat(Sessions.login(mockMvc, "dat.lai", " Mat khau moi 2026 ").getResponse().getRedirectedUrl())
			.isEqualTo("/");
		assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'AppUser' and entity_id = ?",
				String.class, u.getId())).contains("PASSWORD_RESET");
	}

	@Test
	void anAddressIsConfirmedByALinkThatArrivesByMailInVietnamese() throws Exception {
		accounts.create("co.thu", "Mat-khau-co-thu-1", "Người Có Thư", Role.VIEWER, null, null, province());
		Cookie session = Sessions.signIn(mockMvc, "co.thu", "Mat-khau-co-thu-1");
		assertThat(Pages.text(mvc.get().uri("/me").cookie(session).exchange(), 200)).contains("Tài khoản của tôi")
			.contains("Người Có Thư").contains("Chưa có địa chỉ đã xác nhận").contains("Quảng Trị");

		// mistakes: by the field, what was typed kept (never the password)
		String invalid = Pages.text(mvc.post().uri("/me/email").with(csrf()).cookie(session)
			.param("version", String.valueOf(version("co.thu"))).param("email", "khong-phai-dia-chi")
			.param("currentPassword", "Mat-khau-co-thu-1").exchange(), 200);
		assertThat(invalid).contains("Địa chỉ thư điện tử không hợp lệ").contains("value=\"khong-phai-dia-chi\"")
			.doesNotContain("Mat-khau-co-thu-1");
		String wrongPassword = Pages.text(mvc.post().uri("/me/email").with(csrf()).cookie(session)
			.param("version", String.valueOf(version("co.thu"))).param("email", "co.thu@xa.example.vn")
			.param("currentPassword", "Mat-khau-sai-000").exchange(), 200);
		assertThat(wrongPassword).contains("Mật khẩu hiện tại không đúng").contains("value=\"co.thu@xa.example.vn\"");
		assertThat(TestMail.to("co.thu@xa.example.vn", 0)).isEmpty();
		jdbc.update("delete from login_attempt where username = 'co.thu'");

		assertThat(mvc.post().uri("/me/email").with(csrf()).cookie(session)
			.param("version", String.valueOf(version("co.thu"))).param("email", "co.thu@xa.example.vn")
			.param("currentPassword", "Mat-khau-co-thu-1")).hasStatus3xxRedirection().hasRedirectedUrl("/me");
		List<MimeMessage> mail = TestMail.to("co.thu@xa.example.vn", 1);
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).getSubject()).isEqualTo("Phối hợp: xác nhận địa chỉ thư điện tử");
		String text = TestMail.text(mail.get(0));
		assertThat(text).startsWith("Xin chào Người Có Thư,").contains("Tài khoản co.thu").contains("24 giờ");
		Matcher link = Pattern.compile("http://localhost(/me/email/confirm\\?token=[A-Za-z0-9_-]+)").matcher(text);
		assertThat(link.find()).isTrue();
		String token = link.group(1).substring(link.group(1).indexOf('=') + 1);
		// not confirmed yet; the link's token is stored only as its hash
		assertThat(jdbc.queryForObject("select email from app_user where username = 'co.thu'", String.class)).isNull();
		assertThat(Pages.text(mvc.get().uri("/me").cookie(session).exchange(), 200))
			.contains("Đang chờ xác nhận: co.thu@xa.example.vn");
		assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Integer.class,
				AccountTokens.hash(token))).isOne();
		assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ? or email = ?",
				Integer.class, token, token)).isZero();

		// another signed-in account cannot use it
		assertThat(Pages.text(mvc.get().uri(link.group(1)).with(users.as("xa.danhoa")).exchange(), 200))
			.contains("Liên kết xác nhận không hợp lệ");
		assertThat(Pages.text(mvc.get().uri(link.group(1)).cookie(session).exchange(), 200))
			.contains("Xác nhận co.thu@xa.example.vn là địa chỉ thư điện tử của tài khoản này?");
		assertThat(mvc.post().uri("/me/email/confirm").with(csrf()).cookie(session).param("token", token))
			.hasStatus3xxRedirection().hasRedirectedUrl("/me");
		assertThat(jdbc.queryForObject("select email from app_user where username = 'co.thu'", String.class))
			.isEqualTo("co.thu@xa.example.vn");
		assertThat(Pages.text(mvc.get().uri("/me").cookie(session).exchange(), 200)).contains("co.thu@xa.example.vn")
			.doesNotContain("Đang chờ xác nhận");
		assertThat(jdbc.queryForObject("select after_data->>'email' from audit_event where action = 'EMAIL_CONFIRM' "
				+ "and summary = 'co.thu'", String.class)).isEqualTo("co.thu@xa.example.vn");
		// used once
		assertThat(Pages.text(mvc.post().uri("/me/email/confirm").with(csrf()).cookie(session).param("token", token)
			.exchange(), 200)).contains("Liên kết xác nhận không hợp lệ, đã dùng");

		// the same address for another account: confirmed for one account only
		accounts.create("co.thu2", "Mat-khau-co-thu-2", "Người Có Thư Hai", Role.VIEWER, null, null, province());
		Cookie second = Sessions.signIn(mockMvc, "co.thu2", "Mat-khau-co-thu-2");
		assertThat(mvc.post().uri("/me/email").with(csrf()).cookie(second)
			.param("version", String.valueOf(version("co.thu2"))).param("email", "CO.THU@xa.example.vn")
			.param("currentPassword", "Mat-khau-co-thu-2")).hasStatus3xxRedirection();
		Matcher secondLink = Pattern.compile("token=([A-Za-z0-9_-]+)")
			.matcher(TestMail.text(TestMail.to("CO.THU@xa.example.vn", 2).get(1)));
		assertThat(secondLink.find()).isTrue();
		assertThat(Pages.text(mvc.post().uri("/me/email/confirm").with(csrf()).cookie(second)
			.param("token", secondLink.group(1)).exchange(), 200))
			.contains("Địa chỉ này đã được xác nhận cho một tài khoản khác");
		assertThat(jdbc.queryForObject("select email from app_user where username = 'co.thu2'", String.class)).isNull();

		// removed with the current password
		assertThat(mvc.post().uri("/me/email/remove").with(csrf()).cookie(session)
			.param("version", String.valueOf(version("co.thu"))).param("currentPassword", "Mat-khau-co-thu-1"))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select email from app_user where username = 'co.thu'", String.class)).isNull();
	}

}
