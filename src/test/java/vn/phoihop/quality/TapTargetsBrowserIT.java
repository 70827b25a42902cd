package vn.phoihop.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.BrowserTest;

/**
 * Made for fingers (issue 21 §7), on a 360 px phone: every visible control of the key pages is at least 44 × 44 px
 * (a checkbox or a radio with its label, which is tapped too); the list filters fold behind "Lọc"; a commune official's
 * first page is this month, with one tap to log an activity and one to send the month's report.
 * <p>
 * Exceptions, each for a reason: a link inside a sentence (WCAG 2.5.8 exempts inline targets; making it 44 px high
 * would break the line spacing of the text) and the skip link, which is visible only when focused by the keyboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class TapTargetsBrowserIT extends BrowserTest {

	static final int MIN = 44;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Every visible interactive element of the page, with its tap area: its box, or for a checkbox or a radio the box
	 * around it and its label. An inline link inside text is marked as the documented exception.
	 */
	private static final String MEASURE = """
			const out = [];
			const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
			for (const el of document.querySelectorAll(sel)) {
			  if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
			  const r = el.getBoundingClientRect();
			  if (r.width <= 1 || r.height <= 1) continue;
			  let box = { l: r.left, t: r.top, r: r.right, b: r.bottom };
			  if ((el.type === 'checkbox' || el.type === 'radio') && el.labels && el.labels.length) {
			    const lr = el.labels[0].getBoundingClientRect();
			    box = { l: Math.min(box.l, lr.left), t: Math.min(box.t, lr.top), r: Math.max(box.r, lr.right),
			            b: Math.max(box.b, lr.bottom) };
			  }
			  let exception = '';
			  if (el.tagName === 'A' && getComputedStyle(el).display === 'inline'
			      && el.parentElement.textContent.replace(el.textContent, '').trim().length > 0) {
			    exception = 'a link inside a sentence';
			  }
			  const text = (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
			  out.push({ what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.type ? '[' + el.type + ']' : '')
			      + ' "' + text.substring(0, 40) + '"', w: Math.round(box.r - box.l), h: Math.round(box.b - box.t), exception });
			}
			return out;""";

	@SuppressWarnings("unchecked")
	private List<String> tooSmall(String page) {
		List<Map<String, Object>> found = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(MEASURE);
		assertThat(found).as("controls measured on %s", page).isNotEmpty();
		List<String> small = new ArrayList<>();
		for (Map<String, Object> e : found) {
			long w = ((Number) e.get("w")).longValue();
			long h = ((Number) e.get("h")).longValue();
			if ((w < MIN || h < MIN) && ((String) e.get("exception")).isEmpty()) {
				small.add(page + ": " + e.get("what") + " " + w + "×" + h);
			}
		}
		return small;
	}

	/** The page as loaded, then with its menu and its folded filters open. */
	private List<String> measure(String page) {
		open(page);
		find("h1");
		List<String> small = new ArrayList<>(tooSmall(page));
		openMenu();
		small.addAll(tooSmall(page + " (menu open)"));
		// (opening them by tapping is the next test's)
		((JavascriptExecutor) driver).executeScript("document.querySelectorAll('details.filters').forEach(d => d.open = true)");
		small.addAll(tooSmall(page + " (filters open)"));
		return small;
	}

	@Test
	void everyControlOfTheKeyPagesIsAtLeast44By44OnAPhone() {
		width(PHONE);
		String current = YearMonth.now().toString();
		long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		List<String> small = new ArrayList<>();
		signIn("xa.danhoa", "Demo@2026");
		for (String page : List.of("/", "/activities", "/households", "/households/new", "/reviews",
				"/reviews/RAMAI/" + current, "/reviews/RAMAI/" + current + "/submissions/" + danHoa)) {
			small.addAll(measure(page));
		}
		// the activity form, with a type's fields and the commune's villages shown
		small.addAll(measure("/activities/new"));
		new Select(find("#type")).selectByValue("PATROL");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("borderGuard")));
		small.addAll(tooSmall("/activities/new (patrol)"));
		// a household's form rejected: the messages next to the fields
		open("/households/new");
		find("#members").submit();
		find("#error-summary");
		small.addAll(tooSmall("/households/new (rejected)"));

		driver.manage().deleteAllCookies();
		signIn("chihuy.ramai", "Demo@2026");
		for (String page : List.of("/", "/reviews", "/reviews/RAMAI/" + current, "/tasks", "/activities")) {
			small.addAll(measure(page));
		}
		driver.manage().deleteAllCookies();
		signIn("canbo.ramai", "Demo@2026");
		small.addAll(measure("/tasks"));
		assertThat(small).isEmpty();

		// the check itself can fail: a control of Bootstrap's size on a desktop is found
		width(DESKTOP);
		open("/households");
		assertThat(tooSmall("/households at 1280")).isNotEmpty();
	}

	@Test
	void aCommuneOfficialsFirstPageIsThisMonthWithOneTapToLogAndOneToSendTheReport() {
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		YearMonth month = YearMonth.now();
		long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		WebElement card = find("#my-month");
		assertThat(card.getText()).contains("Tháng này: " + String.format("%02d/%d", month.getMonthValue(), month.getYear()))
			.contains("Báo cáo tháng gửi Đồn");
		// the month's figures as the log has them
		long logged = jdbc.queryForObject("""
				select count(*) from activity a join commune c on c.id = a.commune_id
				where c.code in ('DANHOA2025', 'TRONGHOA', 'DANHOA') and a.activity_date between ? and ?""", Long.class,
				month.atDay(1), month.atEndOfMonth());
		assertThat(find("#my-month-count").getText()).startsWith(logged == 0 ? "Chưa ghi" : logged + " hoạt động");
		// both actions are above the fold of a phone
		WebElement log = find("#my-month-log");
		WebElement send = find("#my-month-send");
		assertThat(log.getRect().getY() + log.getRect().getHeight()).isLessThan(780);
		assertThat(send.getRect().getY() + send.getRect().getHeight()).isLessThan(780);
		assertThat(send.getAttribute("href")).matches(".*/reviews/RAMAI/\\d{4}-\\d{2}/submissions/" + danHoa);
		// last month's and this month's reports, each with where it stands
		List<WebElement> reports = driver.findElements(By.cssSelector("#my-month-reports a"));
		assertThat(reports).hasSize(2);
		assertThat(reports.get(1).getText()).contains(String.format("Tháng %02d/%d", month.getMonthValue(), month.getYear()));
		screenshot("xa-thang-nay-360");

		click("#my-month-log");
		wait.until(ExpectedConditions.urlMatches("/activities/new$"));
		open("/");
		String target = find("#my-month-send").getAttribute("href");
		click("#my-month-send");
		wait.until(ExpectedConditions.urlToBe(target));
		assertThat(find("h1").getText()).contains("Báo cáo tháng");
	}

	@Test
	void theListFiltersFoldOnAPhoneOpenOnADesktopAndUnfoldWithoutJavaScript() {
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		for (String list : List.of("/households", "/activities", "/reviews")) {
			open(list);
			WebElement summary = find("details.filters > summary");
			assertThat(summary.getText()).as(list).startsWith("Lọc");
			assertThat(shown("details.filters .form-select")).as(list).isFalse();
			click("details.filters > summary");
			wait.until(d -> shown("details.filters .form-select"));
			if (list.equals("/households")) {
				((JavascriptExecutor) driver).executeScript("document.getElementById('q').scrollIntoView()");
				screenshot("loc-danh-sach-mo-360");
			}
		}
		// a filter in use: open from the start
		open("/households?status=POOR");
		assertThat(shown("#status")).isTrue();
		// a desktop shows the filters without the button
		width(DESKTOP);
		open("/households");
		find("h1");
		assertThat(shown("#status")).isTrue();
		assertThat(shown("details.filters > summary")).isFalse();

		// without JavaScript (a browser that runs none): the filter still folds and unfolds (a <details>), and filters
		WebDriver withJs = driver;
		WebDriverWait waitWithJs = wait;
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.path", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=vi-VN",
				// taller than a phone: chromedriver takes the window's height for the page's and clicks below the fold
				"--window-size=" + PHONE + ",1200");
		options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		driver = new ChromeDriver(options);
		try {
			driver.manage().window().setSize(new Dimension(PHONE, 1200));
			wait = new WebDriverWait(driver, Duration.ofSeconds(15));
			signIn("xa.danhoa", "Demo@2026");
			open("/households");
			assertThat(driver.findElement(By.id("status")).isDisplayed()).isFalse();
			find("details.filters > summary").click();
			new Select(find("#status")).selectByValue("POOR");
			find("details.filters ~ div button[type=submit]").click();
			wait.until(ExpectedConditions.urlContains("status=POOR"));
			assertThat(find("#status").isDisplayed()).as("open: a filter is in use").isTrue();
			assertThat(find("#results").getText()).contains("Hộ nghèo").doesNotContain("Hộ cận nghèo");
			// and JavaScript really was off: htmx would have kept the address without the query
			assertThat(driver.findElements(By.cssSelector("script[src*='htmx']"))).isNotEmpty();
		}
		finally {
			driver.quit();
			driver = withJs;
			wait = waitWithJs;
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void aWideTableOnAPhoneFoldsIntoCardsOrShowsThatItScrolls() {
		width(PHONE);
		signIn("chihuy.ramai", "Demo@2026");
		List<String> problems = new ArrayList<>();
		for (String page : List.of("/", "/reviews/RAMAI/" + YearMonth.now(), "/households/summary", "/activities",
				"/reviews", "/tasks", "/households", "/agreements")) {
			open(page);
			find("h1");
			List<Map<String, Object>> tables = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript("""
					return [...document.querySelectorAll('main table')].filter(t => t.checkVisibility()).map(t => {
					  const box = t.closest('.table-responsive');
					  const scrolls = !!box && box.scrollWidth > box.clientWidth + 1;
					  const named = !!box && ((box.getAttribute('aria-labelledby') || '').split(' ')
					      .map(id => document.getElementById(id)).some(e => e && e.textContent.trim())
					      || !!box.getAttribute('aria-label'));
					  return { id: t.id || t.className, overflows: t.getBoundingClientRect().right > innerWidth + 1 && !scrolls,
					    scrolls, focusable: !!box && box.tabIndex === 0, named,
					    shadow: !!box && getComputedStyle(box).backgroundImage.includes('gradient') };
					});""");
			for (Map<String, Object> t : tables) {
				if (Boolean.TRUE.equals(t.get("overflows"))) {
					problems.add(page + " " + t.get("id") + ": wider than the screen without a scroll container");
				}
				if (Boolean.TRUE.equals(t.get("scrolls")) && !(Boolean.TRUE.equals(t.get("focusable"))
						&& Boolean.TRUE.equals(t.get("named")) && Boolean.TRUE.equals(t.get("shadow")))) {
					problems.add(page + " " + t.get("id") + ": scrolls without showing it " + t);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * The element is rendered (the browser's own checkVisibility): Selenium's isDisplayed takes any element in a closed
	 * <details> for hidden, even where app.css shows the content on a wide screen.
	 */
	private boolean shown(String css) {
		return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
				"const e = document.querySelector(arguments[0]); return !!e && e.checkVisibility()"
						+ " && e.getBoundingClientRect().height > 0", css));
	}

}
