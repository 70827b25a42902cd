package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.shared.security.Role;
import vn.phoihop.support.BrowserTest;
import vn.phoihop.support.SecondStep;

/**
 * The account pages in a real browser, on a phone (360 px) and on a desktop (1280 px): a new commander who must set
 * up two-step sign-in before anything else (the QR code shown, the code typed, the recovery codes shown once), the
 * user menu, the own-password page refusing a mistake, a forgotten password reset through the link of the kept mail
 * (evaluation mode), and an agreement's history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class AccountsBrowserIT extends BrowserTest {

	static final String PASSWORD = "Mat-khau-trinh-duyet-1";

	@Autowired
	AccountService accounts;

	String n;

	@BeforeEach
	void vietnamese() {
		n = String.valueOf(System.nanoTime() % 100_000);
		jdbc.update("update app_user set locale = 'vi' where username in ('chihuy.ramai', 'admin')");
	}

	long raMai() {
		return jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
	}

	void noHorizontalScroll(int px) {
		Long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
		assertThat(width).as("no horizontal scrolling at %s px", px).isLessThanOrEqualTo((long) px);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { PHONE, DESKTOP })
	void aNewCommanderSetsUpTwoStepSignInBeforeAnythingElse(int px) {
		String username = "chihuy.trinhduyet" + px + n;
		accounts.create(username, PASSWORD, "Chỉ Huy Trình Duyệt", Role.COMMANDER, raMai(), null, null);
		width(px);
		open("/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(PASSWORD);
		find("#login-submit").click();
		wait.until(d -> d.getCurrentUrl().endsWith("/login/two-factor"));
		assertThat(find("h1").getText()).isEqualTo("Bật xác thực hai bước");
		assertThat(bodyText()).contains("bắt buộc xác thực hai bước");
		WebElement qr = find("#totp-qr");
		assertThat((Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", qr))
			.as("the QR code is a picture the browser drew").isPositive();
		noHorizontalScroll(px);
		screenshot("xac-thuc-hai-buoc-thiet-lap-" + px);

		// another page first: back to the sign-in, nothing opened
		open("/activities");
		wait.until(d -> d.getCurrentUrl().contains("/login"));
		open("/login/two-factor");
		String secret = find("#totp-secret").getText().replace(" ", "");
		find("#code").sendKeys("000000");
		click("#enrol-submit");
		assertThat(find("#code-error").getText()).contains("Mã không đúng");
		assertThat(find("#code").getAttribute("value")).isEmpty();
		find("#code").sendKeys(SecondStep.code(secret));
		click("#enrol-submit");
		wait.until(d -> d.getCurrentUrl().endsWith("/me/two-factor"));
		List<WebElement> codes = driver.findElements(By.cssSelector("#recovery-codes li code"));
		assertThat(codes).hasSize(10);
		assertThat(codes.get(0).getText()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
		noHorizontalScroll(px);
		screenshot("xac-thuc-hai-buoc-ma-khoi-phuc-" + px);
		click("#recovery-codes a.btn");
		assertThat(find("h1").getText()).contains("Xin chào");

		// the user menu leads to the own pages, and, for a commander, to the post's audit log
		openMenu();
		click("#nav-me");
		assertThat(find("#nav-me-audit").getText()).isEqualTo("Nhật ký thay đổi của đồn");
		click("#nav-me-page");
		assertThat(find("h1").getText()).isEqualTo("Tài khoản của tôi");
		assertThat(bodyText()).contains("Đồn Biên phòng Ra Mai").contains("Đang bật");
		noHorizontalScroll(px);
		screenshot("tai-khoan-cua-toi-" + px);

		// the own password: a mistake is explained by its field, nothing typed is shown again
		open("/me/password");
		find("#currentPassword").sendKeys(PASSWORD);
		find("#newPassword").sendKeys("ngan");
		find("#confirmation").sendKeys("ngan");
		click("#password-submit");
		assertThat(find("#newPassword-error").getText()).contains("ít nhất 12 ký tự");
		assertThat(find("#currentPassword").getAttribute("value")).isEmpty();
		noHorizontalScroll(px);
		screenshot("doi-mat-khau-loi-" + px);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { PHONE, DESKTOP })
	void aForgottenPasswordIsResetThroughTheLinkOfTheKeptMail(int px) {
		String username = "quen.trinhduyet" + px + n;
		accounts.create(username, PASSWORD, "Người Quên Mật Khẩu", Role.POST_CADRE, raMai(), null, null);
		jdbc.update("update app_user set email = ? where username = ?", username + "@don.example.vn", username);
		width(px);
		open("/login");
		click("#forgot-link");
		assertThat(find("h1").getText()).isEqualTo("Quên mật khẩu");
		assertThat(bodyText()).contains("Hãy liên hệ quản trị viên");
		find("#identifier").sendKeys(username);
		click("#forgot-submit");
		assertThat(find("#forgot-sent").getText()).contains("Nếu tài khoản này có địa chỉ thư điện tử đã xác nhận");
		noHorizontalScroll(px);
		screenshot("quen-mat-khau-" + px);

		// evaluation mode keeps the mail for the administrator (mail_outbox, /admin/mail): its link
		String body = wait.until(d -> jdbc.queryForList("select body from mail_outbox where recipient = ?",
				String.class, username + "@don.example.vn").stream().findFirst().orElse(null));
		Matcher link = Pattern.compile("http://localhost:\\d+(/password/reset\\?token=[A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		open(link.group(1));
		find("#password").sendKeys("Mat-khau-moi-trinh-duyet");
		find("#confirmation").sendKeys("Mat-khau-khac-trinh-duyet");
		click("#reset-submit");
		assertThat(find("#confirmation-error").getText()).contains("không giống nhau");
		assertThat(find("#password").getAttribute("value")).isEmpty();
		screenshot("dat-mat-khau-moi-loi-" + px);
		find("#password").sendKeys("Mat-khau-moi-trinh-duyet");
		find("#confirmation").sendKeys("Mat-khau-moi-trinh-duyet");
		click("#reset-submit");
		wait.until(d -> d.getCurrentUrl().endsWith("/login"));
		assertThat(bodyText()).contains("Đã đặt mật khẩu mới");
		signIn(username, "Mat-khau-moi-trinh-duyet");
		assertThat(find("h1").getText()).contains("Xin chào");
		// the link is used up
		open(link.group(1));
		assertThat(find("#reset-invalid").getText()).contains("đã được dùng");

		// the administrator's page of kept mail shows it, link included
		open("/login");
		signIn("admin", "Demo@2026");
		open("/admin/mail");
		assertThat(find("h1").getText()).isEqualTo("Thư đã giữ lại");
		assertThat(bodyText()).contains(username + "@don.example.vn").contains(link.group(1));
		noHorizontalScroll(px);
		screenshot("thu-da-giu-lai-" + px);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { PHONE, DESKTOP })
	void anAgreementsPageShowsItsHistoryToTheCommander(int px) {
		long id = jdbc.queryForObject("""
				insert into agreement (post_id, number, title, valid_from, valid_to)
				select id, ?, 'Quy chế xem lịch sử', date '2003-01-01', date '2003-12-31' from border_post
				where code = 'RAMAI' returning id""", Long.class, "LSD-" + px + n);
		jdbc.update("insert into agreement_commune (agreement_id, commune_id) select ?, id from commune "
				+ "where code = 'DANHOA2025'", id);
		width(px);
		// the second step of the commander's sign-in, a wrong code first
		open("/agreements/" + id);
		wait.until(d -> d.getCurrentUrl().contains("/login"));
		find("#username").sendKeys("chihuy.ramai");
		find("#password").sendKeys("Demo@2026");
		find("#login-submit").click();
		wait.until(d -> d.getCurrentUrl().endsWith("/login/code"));
		assertThat(find("h1").getText()).isEqualTo("Xác thực hai bước");
		find("#code").sendKeys("000000");
		click("#code-submit");
		assertThat(find("#code-error").getText()).contains("Mã không đúng");
		noHorizontalScroll(px);
		screenshot("ma-xac-thuc-" + px);
		SecondStep.allowNextCode(jdbc, "chihuy.ramai");
		find("#code").sendKeys(SecondStep.code(SecondStep.DEMO_SECRET));
		click("#code-submit");
		// on to the page first asked for
		wait.until(d -> d.getCurrentUrl().contains("/agreements/" + id));
		click("form button.btn-success");
		wait.until(d -> d.findElement(By.id("agreement-status")).getText().equals("Đang hiệu lực")
				|| !d.findElements(By.cssSelector(".alert-success")).isEmpty());
		click("#history-title");
		WebElement entry = find(".history-entry");
		assertThat(entry.getText()).contains("Cập nhật").contains("chihuy.ramai").contains("Trạng thái")
			.contains("DRAFT").contains("ACTIVE");
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", entry);
		noHorizontalScroll(px);
		screenshot("lich-su-quy-che-" + px);
	}

}
