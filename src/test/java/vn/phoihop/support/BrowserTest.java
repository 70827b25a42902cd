package vn.phoihop.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the browser tests (*BrowserIT, run by failsafe in `verify`): the app on a random port, Debian's headless
 * Chromium driven through Debian's chromedriver (nothing is downloaded). Screenshots go to target/screenshots, and
 * to docs/images when -Dscreenshots.docs=true.
 */
public abstract class BrowserTest {

	public static final int PHONE = 360;

	public static final int DESKTOP = 1280;

	@LocalServerPort
	protected int port;

	/** The database of the app under test (for the second step of a sign-in, {@link SecondStep#allowNextCode}). */
	@Autowired
	protected JdbcTemplate jdbc;

	protected WebDriver driver;

	protected WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		System.setProperty("webdriver.chrome.driver", System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.path", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=vi-VN", "--window-size=" + DESKTOP + ",900");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver")))
			.build();
		driver = new ChromeDriver(service, options);
		// htmx replaces parts of the page: an element read while it is being swapped is read again
		wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		wait.pollingEvery(Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	protected void width(int px) {
		driver.manage().window().setSize(new Dimension(px, px == PHONE ? 780 : 900));
	}

	protected void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	/**
	 * The visible element; found again when the one first found belongs to a page being replaced (a form's answer
	 * arriving between the find and the visibility check: Chromium then answers "Node with given id does not belong
	 * to the document").
	 */
	protected WebElement find(String css) {
		return wait.until(d -> {
			try {
				return ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)).apply(d);
			}
			catch (StaleElementReferenceException ex) {
				return null;
			}
			catch (WebDriverException ex) {
				if (replacedPage(ex)) {
					return null;
				}
				throw ex;
			}
		});
	}

	private static boolean replacedPage(WebDriverException ex) {
		return String.valueOf(ex.getMessage()).contains("does not belong to the document");
	}

	/** Clicks as a user would: scrolls the element into view first (a phone screen is short). */
	protected void click(String css) {
		// a control that something still moving covers for a moment (a part drawn again by htmx, a notice shown after
		// a change) is scrolled to and pressed again, as a user would; covered for a whole second, the test fails
		for (int attempt = 1;; attempt++) {
			WebElement element = find(css);
			((JavascriptExecutor) driver).executeScript(
					"arguments[0].scrollIntoView({block:'center', behavior:'instant'})", element);
			try {
				wait.until(ExpectedConditions.elementToBeClickable(element)).click();
				return;
			}
			catch (org.openqa.selenium.ElementClickInterceptedException ex) {
				if (attempt == 4) {
					throw ex;
				}
				try {
					Thread.sleep(250);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/**
	 * The page's text; empty while the page is being replaced (a body found just before a navigation is gone when
	 * its text is read: Chromium answers "Node with given id does not belong to the document"), so that a wait on it
	 * tries again.
	 */
	protected String bodyText() {
		try {
			return driver.findElement(By.tagName("body")).getText();
		}
		catch (StaleElementReferenceException ex) {
			return "";
		}
		catch (WebDriverException ex) {
			if (replacedPage(ex)) {
				return "";
			}
			throw ex;
		}
	}

	/**
	 * Signs in as a user does: the password, then, when the sign-in asks for it (the demo administrator and
	 * commander), the code of the authenticator app set up with {@link SecondStep#DEMO_SECRET}.
	 */
	protected void signIn(String username, String password) {
		open("/login");
		find("#username").clear();
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find("#login-submit").click();
		wait.until(d -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().contains("/login/code"));
		if (driver.getCurrentUrl().contains("/login/code")) {
			SecondStep.allowNextCode(jdbc, username);
			find("#code").sendKeys(SecondStep.code(SecondStep.DEMO_SECRET));
			find("#code-submit").click();
			wait.until(d -> !d.getCurrentUrl().contains("/login"));
		}
	}

	/**
	 * This tab's requests go to the network, never to the app's service worker: the page's own logic (drafts, a send
	 * with photos) as in a browser without the worker, and the page's own network emulation and DevTools interception
	 * apply to them (the worker's requests are another target's: support.Link reaches both).
	 */
	protected void withoutServiceWorker() {
		ChromeDriver chrome = (ChromeDriver) driver;
		chrome.executeCdpCommand("Network.enable", java.util.Map.of());
		chrome.executeCdpCommand("Network.setBypassServiceWorker", java.util.Map.of("bypass", true));
	}

	/** Opens the collapsed menu on a phone-width screen (no-op when the menu is already visible). */
	protected void openMenu() {
		var toggler = driver.findElements(By.cssSelector(".navbar-toggler"));
		if (!toggler.isEmpty() && toggler.get(0).isDisplayed()
				&& !driver.findElement(By.id("mainNav")).getAttribute("class").contains("show")) {
			toggler.get(0).click();
			wait.until(ExpectedConditions.attributeContains(By.id("mainNav"), "class", "show"));
		}
	}

	protected void screenshot(String name) {
		try {
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Path dir = Boolean.getBoolean("screenshots.docs") ? Path.of("docs/images") : Path.of("target/screenshots");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
