package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.BrowserTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class ActivityBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ActivityLogTotals totals;

	@Test
	void aCommuneOfficialLogsAPatrolWithParticipantsByForceAndSeesItInTheLogWithTheTotals() {
		String title = "Tuần tra thử nghiệm " + System.nanoTime();
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		open("/activities/new");
		new Select(find("#type")).selectByValue("PATROL");
		// the form adapts to the type without a reload (htmx): the force fields appear
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("borderGuard")));
		assertThat(driver.findElements(By.id("attendeeCount"))).isEmpty();
		((JavascriptExecutor) driver).executeScript("document.getElementById('activityDate').value = arguments[0]",
				LocalDate.now().withDayOfMonth(1).toString());
		click("input[name=villageIds]");
		new Select(find("#contentArea")).selectByIndex(1);
		find("#borderGuard").sendKeys("4");
		find("#militia").sendKeys("2");
		find("#police").sendKeys("1");
		find("#resident").sendKeys("3");
		find("#title").sendKeys(title);
		screenshot("hoat-dong-tuan-tra-360");
		click("button[name=action][value=submit]");
		wait.until(d -> d.getCurrentUrl().matches(".*/activities/\\d+$"));
		assertThat(bodyText()).contains(title);

		open("/activities?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
		assertThat(find("#results").getText()).contains(title);
		assertThat(find("#total-patrols").getText()).startsWith("1 ");
		assertThat(find("#totals").getText()).contains("10");
		screenshot("nhat-ky-hoat-dong-360");
		assertThat(jdbc.queryForObject(
				"select part_border_guard + part_militia + part_police + part_resident from activity where title = ?", Integer.class, title))
			.isEqualTo(10);
	}

	@Test
	void whatWasTypedSurvivesASubmissionLostToADroppedConnection() {
		String title = "Bản nháp khi mất mạng " + System.nanoTime();
		width(DESKTOP);
		signIn("xa.danhoa", "Demo@2026");
		// the page's own draft, as in a browser without the service worker (with it: the outbox, OfflineBrowserIT)
		withoutServiceWorker();
		open("/activities/new");
		new Select(find("#type")).selectByValue("OUTREACH");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendeeCount")));
		find("#title").sendKeys(title);
		find("#attendeeCount").sendKeys("42");

		var chrome = (HasNetworkConditions) driver;
		var offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		chrome.setNetworkConditions(offline);
		click("button[name=action][value=submit]");
		wait.until(d -> !d.getCurrentUrl().startsWith("http://localhost:" + port + "/activities/new")
				|| d.findElements(By.id("title")).isEmpty());
		chrome.deleteNetworkConditions();

		assertThat(jdbc.queryForObject("select count(*) from activity where title = ?", Integer.class, title)).isZero();
		open("/activities/new");
		click("[data-draft-restore]");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendeeCount")));
		assertThat(find("#title").getAttribute("value")).isEqualTo(title);
		assertThat(find("#attendeeCount").getAttribute("value")).isEqualTo("42");
		screenshot("ban-nhap-khoi-phuc-1280");
	}


	/** The demo post's activities since {@code from} whose text holds "tuần tra", counted in SQL. */
	private long tuanTraSince(LocalDate from) {
		return jdbc.queryForObject("""
				select count(*) from activity a
				where a.commune_id in (select pc.commune_id from post_coverage pc join border_post p on p.id = pc.post_id
				                       where p.code = 'RAMAI')
				  and a.activity_date >= ? and a.search_text like '%' || search_key('tuần tra') || '%'""",
				Long.class, from);
	}

	/** The log's search for "tuần tra" since {@code from} (a day of the test's own keeps the search new). */
	private void openTuanTraSince(LocalDate from) {
		open("/activities?q=" + URLEncoder.encode("tuần tra", StandardCharsets.UTF_8)
				+ "&from=" + from);
	}

	/** Page 1 shows {@code expected} in its totals and its count, and 25 rows; returns the total as shown. */
	private String assertFirstPageWithTotals(long expected) {
		String total = String.format(Locale.forLanguageTag("vi"), "%,d", expected);
		assertThat(find("#total-sessions").getText()).isEqualTo(total);
		assertThat(find("#summary-line").getText()).isEqualTo("Trang 1/" + ((expected + 24) / 25) + " · " + total + " bản ghi");
		assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).hasSize(25);
		return total;
	}

	@Test
	void aSearchOfManyActivitiesShowsItsRowsAtOnceThenFillsInItsTotalsAndPager() {
		// a first search of a common word over a post's ten years (the late totals, docs/performance.md); the demo post is
		// small, so the bound of activities counted at once is lowered, and a "from" day of this test's own keeps the
		// search new
		LocalDate from = LocalDate.of(2016, 1, 1).minusDays(System.nanoTime() % 3000);
		long expected = tuanTraSince(from);
		assertThat(expected).isGreaterThan(25);
		totals.inlineTotalsMax(0);
		try {
			width(DESKTOP);
			signIn("chihuy.ramai", "Demo@2026");
			// a slow connection: the rows are shown while the totals are still being counted
			var chrome = (HasNetworkConditions) driver;
			var slow = new ChromiumNetworkConditions();
			slow.setLatency(Duration.ofMillis(1500));
			chrome.setNetworkConditions(slow);
			openTuanTraSince(from);
			assertThat(find("#totals").getText()).contains("Đang tính tổng số");
			assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).hasSize(25);
			assertThat(driver.findElements(By.cssSelector("#pager a"))).isEmpty();
			screenshot("nhat-ky-tim-kiem-dang-tinh-1280");
			int rowsAt = find("#results tbody tr").getLocation().getY();
			chrome.deleteNetworkConditions();
			// the totals, count and pager arrive by themselves, and agree with the database
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total-sessions")));
			String total = assertFirstPageWithTotals(expected);
			assertThat(bodyText()).doesNotContain("Đang tính tổng số");
			// the placeholder held the cards' place: the rows did not move down under the reader's finger
			assertThat(find("#results tbody tr").getLocation().getY()).isLessThanOrEqualTo(rowsAt);
			screenshot("nhat-ky-tim-kiem-tong-so-sau-1280");

			// page 2 of the same search: the totals were kept, so they come with its rows
			click("#pager a[aria-label='Trang 2']");
			wait.until(d -> find("#summary-line").getText().startsWith("Trang 2/"));
			assertThat(find("#total-sessions").getText()).isEqualTo(total);
			assertThat(driver.getPageSource()).doesNotContain("/activities/totals");
		}
		finally {
			totals.inlineTotalsMax(ActivityLogTotals.INLINE_TOTALS_MAX);
		}
	}


	/** The totals' request fails (a weak connection): the placeholder's link opens the page with its totals. */
	@Test
	void whenTheTotalsCannotBeFetchedThePlaceholdersLinkShowsThem() {
		LocalDate from = LocalDate.of(2015, 1, 1).minusDays(System.nanoTime() % 3000);
		long expected = tuanTraSince(from);
		totals.inlineTotalsMax(0);
		var chrome = (ChromiumDriver) driver;
		try {
			width(PHONE);
			signIn("chihuy.ramai", "Demo@2026");
			chrome.executeCdpCommand("Network.enable", Map.of());
			chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/activities/totals*")));
			openTuanTraSince(from);
			assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).hasSize(25);
			assertThat(find("#totals").getText()).contains("Đang tính tổng số", "Chờ lâu? Mở lại trang kèm tổng số");
			((JavascriptExecutor) driver).executeScript("document.getElementById('totals').scrollIntoView({block: 'start', behavior: 'instant'})");
			screenshot("nhat-ky-tim-kiem-dang-tinh-360");
			click("#totals-now");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total-sessions")));
			assertFirstPageWithTotals(expected);
		}
		finally {
			chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
			totals.inlineTotalsMax(ActivityLogTotals.INLINE_TOTALS_MAX);
		}
	}

	@Test
	void aFilterAppliedAfterTheSessionEndedOpensTheSignInPage() {
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		open("/activities");
		find("#results");
		// the session ends on the server (it timed out, or the user signed out in another tab)
		String session = new String(Base64.getDecoder().decode(driver.manage().getCookieNamed("SESSION").getValue()),
				StandardCharsets.UTF_8);
		assertThat(jdbc.update("delete from spring_session where session_id = ?", session)).isEqualTo(1);
		find("#q").sendKeys("tuần tra");
		click("form[role=search] button[type=submit]");
		// the filter is applied by htmx; the sign-in page replaces the whole page, not the list
		wait.until(d -> d.getCurrentUrl().contains("/login"));
		assertThat(find("#username").isDisplayed()).isTrue();
		// nothing of the old page is left around it: not its heading, not its menu
		assertThat(bodyText()).doesNotContain("Nhật ký hoạt động phối hợp", "Đăng xuất");
		assertThat(driver.findElements(By.id("results"))).isEmpty();
	}

}
