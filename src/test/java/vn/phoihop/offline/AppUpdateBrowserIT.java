package vn.phoihop.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import vn.phoihop.support.AppInstance;
import vn.phoihop.support.BrowserTest;

/**
 * The installed app and its updates (issue 25, item 1): Chromium finds the app installable (a manifest with the
 * Vietnamese name, the icons, standalone display, a service worker); when a new release is served at the same address,
 * a page being typed into says so and reloads when asked, with what was typed kept as a draft; a page where nothing
 * is being typed reloads into the new version by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class AppUpdateBrowserIT extends BrowserTest {

	@Autowired
	Environment environment;

	@Test
	@SuppressWarnings("unchecked")
	void theAppIsInstallableAndANewReleaseIsTakenUpAtACalmMoment() throws IOException {
		int address;
		try (ServerSocket s = new ServerSocket(0)) {
			address = s.getLocalPort();
		}
		port = address;
		ConfigurableApplicationContext release1 = AppInstance.besides(environment, address, "--app.offline.release=1");
		try {
			width(PHONE);
			signIn("xa.danhoa", "Demo@2026");
			open("/");
			String first = version();
			ChromiumDriver chrome = (ChromiumDriver) driver;
			Map<String, Object> manifest = chrome.executeCdpCommand("Page.getAppManifest", Map.of());
			assertThat((List<?>) manifest.get("errors")).as("the manifest as Chromium reads it").isEmpty();
			Map<String, Object> installable = chrome.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
			assertThat((List<?>) installable.get("installabilityErrors")).as("Chromium's installability check").isEmpty();

			// a form being typed into when the new release comes
			open("/activities/new");
			String title = "Cập nhật khi đang gõ " + System.nanoTime();
			find("#title").sendKeys(title);
			release1.close();
			release1 = AppInstance.besides(environment, address, "--app.offline.release=2");
			checkForUpdate();
			assertThat(find("#app-update").getText()).contains("Đã có phiên bản mới");
			assertThat(find("#title").getAttribute("value")).as("nothing reloaded under the typing").isEqualTo(title);
			screenshot("ung-dung-phien-ban-moi-360");
			js("window.samePage = true");
			click("#app-update button");
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> js("return window.samePage") == null);
			String second = version();
			assertThat(second).isNotEqualTo(first);
			// the new page offers what was typed
			click("[data-draft-restore]");
			assertThat(find("#title").getAttribute("value")).isEqualTo(title);
			js("localStorage.clear()");

			// a calm page: the next release is taken up at once
			open("/");
			js("window.samePage = true");
			release1.close();
			release1 = AppInstance.besides(environment, address, "--app.offline.release=3");
			checkForUpdate();
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> js("return window.samePage") == null);
			find("#my-month");
			assertThat(version()).isNotEqualTo(second);
		}
		finally {
			release1.close();
		}
	}

	/** The running worker's version (the page asks it). */
	private String version() {
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")));
		return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				phoihopOffline.ask({ type: 'hello', user: phoihopOffline.user }).then(done);""");
	}

	/** What the page does every half hour, and the browser at each navigation: asks the server for the worker. */
	private void checkForUpdate() {
		((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => done(true), e => done(String(e)));""");
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

}
