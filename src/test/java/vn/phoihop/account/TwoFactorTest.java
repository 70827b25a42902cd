package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.phoihop.shared.security.Role;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.SecondStep;
import vn.phoihop.support.Sessions;
import vn.phoihop.support.TestUsers;

/**
 * Two-step sign-in as users meet it: the code after the password, the set-up a commander cannot skip, the recovery
 * codes, the throttling of wrong codes, the administrator's reset; and what is stored (the secret encrypted, the
 * recovery codes hashed, nothing of either in the audit trail).
 */
@IntegrationTest
class TwoFactorTest {

	static final String PASSWORD = "Mat-khau-hai-buoc-2026";

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

	long raMai() {
		return jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
	}

	long province() {
		return jdbc.queryForObject("select id from province where code = 'QUANGTRI'", Long.class);
	}

	String page(String uri, Cookie session) {
		return Pages.text(mvc.get().uri(uri).cookie(session).exchange(), 200);
	}

	MvcTestResult post(String uri, Cookie session, String... params) {
		var request = mvc.post().uri(uri).with(csrf()).cookie(session);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	static String text(MvcTestResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	/** The secret shown on a set-up page, and the text the page's QR code holds. */
	record Setup(String secret, String qrText) {
	}

	static Setup setupOf(String html) throws Exception {
		Matcher secret = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<").matcher(html);
		Matcher qr = Pattern.compile("id=\"totp-qr\"[^>]*src=\"data:image/png;base64,([^\"]+)\"|"
				+ "src=\"data:image/png;base64,([^\"]+)\"[^>]*id=\"totp-qr\"").matcher(html);
		assertThat(secret.find()).as("the secret in text").isTrue();
		assertThat(qr.find()).as("the QR code").isTrue();
		String png = qr.group(1) != null ? qr.group(1) : qr.group(2);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png)));
		String text = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		return new Setup(secret.group(1).replace(" ", ""), text);
	}

	static List<String> recoveryCodes(String html) {
		List<String> codes = new ArrayList<>();
		Matcher m = Pattern.compile("<code class=\"fs-6\">([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code>")
			.matcher(html);
		while (m.find()) {
			codes.add(m.group(1));
		}
		return codes;
	}

	@Test
	void theAdministratorIsAskedForTheCodeAfterThePasswordAndReachesNothingBeforeIt() throws Exception {
		MvcResult password = Sessions.passwordStep(mockMvc, "admin", "Demo@2026");
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		Cookie pending = Sessions.cookie(password);
		assertThat(page("/login/code", pending)).contains("Xác thực hai bước").contains("mã khôi phục");
		// nothing is signed in yet: every page sends to the sign-in page
		for (String uri : List.of("/", "/admin/users", "/me", "/audit")) {
			assertThat(mvc.get().uri(uri).cookie(pending)).as(uri).hasStatus3xxRedirection()
				.redirectedUrl().endsWith("/login");
		}
		SecondStep.allowNextCode(jdbc, "admin");
		String code = SecondStep.code(SecondStep.DEMO_SECRET);
		var signedIn = post("/login/code", pending, "code", code);
		// on to the page asked for last before signing in, as a sign-in without a second step does
		assertThat(signedIn).hasStatus3xxRedirection().redirectedUrl().endsWith("/audit?continue");
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(page("/", session)).contains("Xin chào, Quản trị hệ thống");

		// the same code a second time (someone who saw it typed) is refused
		Cookie other = Sessions.cookie(Sessions.passwordStep(mockMvc, "admin", "Demo@2026"));
		String refused = text(post("/login/code", other, "code", code));
		assertThat(refused).contains("Mã này vừa được dùng").doesNotContain("value=\"" + code + "\"");
		assertThat(mvc.get().uri("/").cookie(other)).hasStatus3xxRedirection();
		jdbc.update("delete from login_attempt where username = 'admin'");
	}

	@Test
	void wrongCodesAreCountedWithWrongPasswordsAndARightPasswordDoesNotForgetThem() throws Exception {
		accounts.create("thu.ma", PASSWORD, "Người Thử Mã", Role.COMMANDER, raMai(), null, null);
		jdbc.update("insert into two_factor (user_id, secret) select id, secret from app_user, two_factor "
				+ "where username = 'thu.ma' and user_id = (select id from app_user where username = 'admin')");
		Cookie pending = Sessions.cookie(Sessions.passwordStep(mockMvc, "thu.ma", PASSWORD));
		for (int i = 0; i < 4; i++) {
			String answer = text(post("/login/code", pending, "code", "000000"));
			assertThat(answer).contains("Mã không đúng");
		}
		// the right password again: the four wrong codes still count
		pending = Sessions.cookie(Sessions.passwordStep(mockMvc, "thu.ma", PASSWORD));
		var fifth = post("/login/code", pending, "code", "111111");
		assertThat(fifth).hasStatus3xxRedirection().hasRedirectedUrl("/login?error=1");
		assertThat(page("/login?error=1", pending)).contains("tạm thời bị khóa").contains("thu.ma");
		// locked: even the right password and code are refused now
		var again = Sessions.passwordStep(mockMvc, "thu.ma", PASSWORD);
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login?error=1");
		assertThat(jdbc.queryForObject("select locked_until > now() from login_attempt where username = 'thu.ma'",
				Boolean.class)).isTrue();
	}

	@Test
	void aCommanderNotEnrolledMustSetItUpFirstAndGetsRecoveryCodesShownOnce() throws Exception {
		accounts.create("chihuy.moi", PASSWORD, "Chỉ Huy Mới", Role.COMMANDER, raMai(), null, null);
		MvcResult password = Sessions.passwordStep(mockMvc, "chihuy.moi", PASSWORD);
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/two-factor");
		Cookie pending = Sessions.cookie(password);
		assertThat(mvc.get().uri("/activities").cookie(pending)).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/login/code").cookie(pending)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login/two-factor");

		String html = page("/login/two-factor", pending);
		assertThat(html).contains("bắt buộc xác thực hai bước");
		Setup setup = setupOf(html);
		assertThat(setup.qrText()).startsWith("otpauth://totp/").contains("secret=" + setup.secret())
			.contains("chihuy.moi").contains("period=30").contains("digits=6");
		// the same secret on the page shown again (it is kept, sealed, in the session until confirmed)
		assertThat(setupOf(page("/login/two-factor", pending)).secret()).isEqualTo(setup.secret());

		String wrong = text(post("/login/two-factor", pending, "code", "123456"));
		assertThat(wrong).contains("Mã không đúng");
		assertThat(setupOf(wrong).secret()).as("the same secret, to try again").isEqualTo(setup.secret());
		assertThat(jdbc.queryForObject("select count(*) from two_factor t join app_user u on u.id = t.user_id "
				+ "where u.username = 'chihuy.moi'", Integer.class)).isZero();

		var enrolled = post("/login/two-factor", pending, "code", SecondStep.code(setup.secret()));
		assertThat(enrolled).hasStatus3xxRedirection().hasRedirectedUrl("/me/two-factor");
		Cookie session = enrolled.getResponse().getCookie("SESSION");
		// the redirect's flash carries the codes: the next page shows them
		MvcTestResult codesPage = mvc.get().uri("/me/two-factor").cookie(session).exchange();
		String codesHtml = text(codesPage);
		List<String> codes = recoveryCodes(codesHtml);
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(codesHtml).contains("Mã khôi phục của bạn").contains("Đang bật");
		// shown once: the page read again lists none
		assertThat(recoveryCodes(page("/me/two-factor", session))).isEmpty();
		assertThat(page("/me/two-factor", session)).contains("Còn 10 mã khôi phục");

		// stored: the secret encrypted, the recovery codes as SHA-256 only, nothing of either in the audit trail
		long id = jdbc.queryForObject("select id from app_user where username = 'chihuy.moi'", Long.class);
		String stored = jdbc.queryForObject("select secret from two_factor where user_id = ?", String.class, id);
		assertThat(stored).startsWith("v1:").doesNotContain(setup.secret());
		List<String> hashes = jdbc.queryForList("select code_hash from recovery_code where user_id = ?", String.class,
				id);
		assertThat(hashes).hasSize(10).allMatch(h -> h.matches("[0-9a-f]{64}"))
			.contains(AccountTokens.hash(codes.get(0).replace("-", "")));
		String audit = String.join(" ", jdbc.queryForList("select coalesce(before_data::text, '') || "
				+ "coalesce(after_data::text, '') || coalesce(summary, '') from audit_event where entity_type = 'AppUser' "
				+ "and entity_id = ?", String.class, id));
		assertThat(audit).doesNotContain(setup.secret()).doesNotContain(codes.get(0)).doesNotContain(stored);
		assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'AppUser' and entity_id = ? "
				+ "order by id", String.class, id)).contains("TWO_FACTOR_ENROL");
		assertThat(jdbc.queryForObject("select username from audit_event where entity_id = ? and action = "
				+ "'TWO_FACTOR_ENROL'", String.class, id)).isEqualTo("chihuy.moi");

		// next time: the code
		assertThat(Sessions.passwordStep(mockMvc, "chihuy.moi", PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login/code");

		// a recovery code signs in once, and says so
		Cookie noPhone = Sessions.cookie(Sessions.passwordStep(mockMvc, "chihuy.moi", PASSWORD));
		var recovered = post("/login/code", noPhone, "code", codes.get(3).toUpperCase().replace("-", " "));
		assertThat(recovered).hasStatus3xxRedirection().hasRedirectedUrl("/me/two-factor");
		Cookie recoveredSession = recovered.getResponse().getCookie("SESSION");
		assertThat(page("/me/two-factor", recoveredSession)).contains("Còn 9 mã khôi phục");
		assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'AppUser' and entity_id = ?",
				String.class, id)).contains("RECOVERY_CODE_USED");
		Cookie twice = Sessions.cookie(Sessions.passwordStep(mockMvc, "chihuy.moi", PASSWORD));
		assertThat(text(post("/login/code", twice, "code", codes.get(3)))).contains("Mã không đúng");

		// new recovery codes (confirmed by a code from the app): the old ones stop working
		jdbc.update("update two_factor set last_step = null where user_id = ?", id);
		var renewed = post("/me/two-factor/recovery-codes", recoveredSession, "code", SecondStep.code(setup.secret()));
		assertThat(renewed).hasStatus3xxRedirection();
		List<String> fresh = recoveryCodes(page("/me/two-factor", recoveredSession));
		assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(codes);
		Cookie oldCode = Sessions.cookie(Sessions.passwordStep(mockMvc, "chihuy.moi", PASSWORD));
		assertThat(text(post("/login/code", oldCode, "code", codes.get(5)))).contains("Mã không đúng");
		// a commander cannot turn it off
		jdbc.update("update two_factor set last_step = null where user_id = ?", id);
		assertThat(text(post("/me/two-factor/disable", recoveredSession, "code", SecondStep.code(setup.secret()))))
			.contains("bắt buộc xác thực hai bước nên không thể tắt");
		assertThat(jdbc.queryForObject("select count(*) from two_factor where user_id = ?", Integer.class, id))
			.isOne();
		jdbc.update("delete from login_attempt where username = 'chihuy.moi'");
	}

	@Test
	void aViewerMayTurnItOnAndOffAndTheAdministratorResetsALostPhone() throws Exception {
		accounts.create("tinh.thu", PASSWORD, "Người Xem Thử", Role.VIEWER, null, null, province());
		long id = jdbc.queryForObject("select id from app_user where username = 'tinh.thu'", Long.class);
		// offered, not required: the password is enough
		MvcResult in = Sessions.login(mockMvc, "tinh.thu", PASSWORD);
		assertThat(in.getResponse().getRedirectedUrl()).isEqualTo("/");
		Cookie session = Sessions.cookie(in);
		String html = page("/me/two-factor", session);
		assertThat(html).contains("Chưa bật").contains("Không bắt buộc");
		Setup setup = setupOf(html);
		assertThat(post("/me/two-factor", session, "code", SecondStep.code(setup.secret())))
			.hasStatus3xxRedirection();
		assertThat(Sessions.passwordStep(mockMvc, "tinh.thu", PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login/code");
		// turned off with a code from the app
		assertThat(text(post("/me/two-factor/disable", session, "code", "000000"))).contains("Mã không đúng");
		jdbc.update("update two_factor set last_step = null where user_id = ?", id);
		assertThat(post("/me/two-factor/disable", session, "code", SecondStep.code(setup.secret())))
			.hasStatus3xxRedirection();
		assertThat(Sessions.login(mockMvc, "tinh.thu", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");

		// the administrator's reset of a commander who lost the phone: the second factor goes, the sessions end
		accounts.create("chihuy.mat", PASSWORD, "Chỉ Huy Mất Máy", Role.COMMANDER, raMai(), null, null);
		long commander = jdbc.queryForObject("select id from app_user where username = 'chihuy.mat'", Long.class);
		jdbc.update("insert into two_factor (user_id, secret) select ?, secret from two_factor "
				+ "where user_id = (select id from app_user where username = 'admin')", commander);
		jdbc.update("insert into recovery_code (user_id, code_hash) values (?, repeat('a', 64))", commander);
		MvcResult commanderIn = Sessions.login(mockMvc, "chihuy.mat", PASSWORD);
		Cookie commanderSession = Sessions.cookie(commanderIn);
		assertThat(mvc.get().uri("/").cookie(commanderSession)).hasStatusOk();
		String admin = Pages.text(mvc.get().uri("/admin/users/" + commander).with(users.as("admin")).exchange(), 200);
		assertThat(admin).contains("Đang bật").contains("Đặt lại xác thực hai bước");
		int version = jdbc.queryForObject("select version from app_user where id = ?", Integer.class, commander);
		assertThat(mvc.post().uri("/admin/users/" + commander + "/two-factor/reset").with(users.as("admin"))
			.with(csrf()).param("version", String.valueOf(version))).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select count(*) from two_factor where user_id = ?", Integer.class, commander))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from recovery_code where user_id = ?", Integer.class,
				commander)).isZero();
		assertThat(mvc.get().uri("/").cookie(commanderSession)).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select username from audit_event where entity_id = ? "
				+ "and action = 'TWO_FACTOR_RESET'", String.class, commander)).isEqualTo("admin");
		// the role requires it: the next sign-in sets it up again
		assertThat(Sessions.passwordStep(mockMvc, "chihuy.mat", PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login/two-factor");
	}

	@Test
	void aCodeIsAcceptedForItsStepAndTheStepsEitherSideOnceOnly() throws InterruptedException {
		accounts.create("thu.buoc", PASSWORD, "Người Thử Bước", Role.VIEWER, null, null, province());
		long id = jdbc.queryForObject("select id from app_user where username = 'thu.buoc'", Long.class);
		jdbc.update("insert into two_factor (user_id, secret) select ?, secret from two_factor "
				+ "where user_id = (select id from app_user where username = 'admin')", id);
		// not in the last two seconds of a step: the checks below all run in the step they computed with
		while (Instant.now().getEpochSecond() % 30 >= 28) {
			Thread.sleep(200);
		}
		long now = Instant.now().getEpochSecond() / 30;
		assertThat(twoFactor.check(id, code(now - 3))).isEqualTo(TwoFactor.Check.WRONG);
		assertThat(twoFactor.check(id, code(now + 3))).isEqualTo(TwoFactor.Check.WRONG);
		assertThat(twoFactor.check(id, code(now - 1))).isEqualTo(TwoFactor.Check.CODE);
		assertThat(twoFactor.check(id, code(now + 1))).isEqualTo(TwoFactor.Check.CODE);
		// a step not later than the last one accepted: refused as used, whether the same code or an earlier one
		assertThat(twoFactor.check(id, code(now + 1))).isEqualTo(TwoFactor.Check.USED);
		assertThat(twoFactor.check(id, code(now))).isEqualTo(TwoFactor.Check.USED);
	}

	@Autowired
	TwoFactor twoFactor;

	static String code(long step) {
		return SecondStep.code(SecondStep.DEMO_SECRET, step);
	}

}
