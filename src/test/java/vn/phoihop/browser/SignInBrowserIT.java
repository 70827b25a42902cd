package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.support.BrowserTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class SignInBrowserIT extends BrowserTest {

	@Test
	void adminSignsInOnAPhoneReachesTheDashboardSwitchesToEnglishAndSignsOut() {
		width(PHONE);
		open("/");
		// not signed in: sent to the Vietnamese sign-in page
		wait.until(d -> d.getCurrentUrl().contains("/login"));
		assertThat(find("h1").getText()).isEqualTo("Đăng nhập");
		screenshot("dang-nhap-360");

		signIn("admin", "Demo@2026");
		assertThat(find("h1").getText()).contains("Xin chào");
		assertThat(bodyText()).contains("Quản trị hệ thống");
		// the page fits a 360 px screen: no horizontal scrolling
		Long scrollWidth = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth).isLessThanOrEqualTo(360L);
		screenshot("tong-quan-admin-360");

		openMenu();
		click("#lang-en");
		wait.until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Hello"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

		openMenu();
		click("#logout");
		wait.until(d -> d.getCurrentUrl().contains("/login"));
		assertThat(bodyText()).contains("You have signed out.");
		// the choice is kept on the account: back to Vietnamese for the tests that follow
		signIn("admin", "Demo@2026");
		open("/?lang=vi");
		assertThat(find("h1").getText()).contains("Xin chào");
	}

	@Test
	void aWrongPasswordShowsTheVietnameseMessageOnADesktop() {
		width(DESKTOP);
		open("/login");
		find("#username").sendKeys("canbo.ramai");
		find("#password").sendKeys("khong-dung");
		find("#login-submit").click();
		assertThat(find("#login-error").getText()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
		assertThat(find("#username").getAttribute("value")).isEqualTo("canbo.ramai");
		screenshot("dang-nhap-sai-1280");
	}

}
