package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.BrowserTest;

/**
 * The activity form on a weak connection, as issue 21 found it (items 3 to 6): a send whose answer was lost makes one
 * record however the draft comes back; Back after a failed send shows the fields of the type chosen, with what was
 * typed; the restore banner is where the user looks; a day in a concluded month is refused when chosen; a photo is
 * attached, seen and sent with the form, once. The sends go from the page itself, as in a browser without the
 * service worker ({@link #withoutServiceWorker}; with it, a send the link drops goes to the outbox: OfflineBrowserIT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class ActivityFormBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	private int count(String title) {
		return jdbc.queryForObject("select count(*) from activity where title = ?", Integer.class, title);
	}

	private long idOf(String title) {
		return jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	private ChromiumDriver chrome() {
		return (ChromiumDriver) driver;
	}

	/** A patrol of xa.danhoa typed into the new-activity form (today, the only agreement, the type's content area). */
	private void typePatrol(String title) {
		withoutServiceWorker();
		open("/activities/new");
		new Select(find("#type")).selectByValue("PATROL");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("borderGuard")));
		click("input[name=villageIds]");
		find("#borderGuard").sendKeys("4");
		find("#militia").sendKeys("2");
		find("#title").sendKeys(title);
	}

	private void submit() {
		click("button[name=action][value=submit]");
	}

	/**
	 * Sends the form and loses its answer: the server saves the activity and answers, but the answer is held in the
	 * browser (DevTools' Fetch domain pauses every response of POST /activities in the form's tab), and the user,
	 * tired of waiting, carries on in another tab (the form's tab stays stuck: WebDriver would wait for it).
	 */
	private void sendAndLoseTheAnswer(String title) {
		String form = driver.getWindowHandle();
		driver.switchTo().newWindow(WindowType.TAB);
		String later = driver.getWindowHandle();
		driver.switchTo().window(form);
		chrome().executeCdpCommand("Fetch.enable", Map.of("patterns",
				List.of(Map.of("urlPattern", "*/activities", "requestStage", "Response"))));
		// pressed a moment later, once WebDriver has moved to the other tab (it would wait for this tab's navigation)
		js("setTimeout(function () { document.querySelector('button[name=action][value=submit]').click(); }, 1000)");
		driver.switchTo().window(later);
		wait.until(d -> count(title) == 1);
	}

	/** The restore banner's and the notices' place: the form's live region, next to its first field. */
	private WebElement slot() {
		return find("#activity-form [data-draft-slot]");
	}

	@Test
	void aSendWhoseAnswerWasLostIsSavedOnceAndThePageSaysSo() {
		String title = "Tuần tra, trả lời bị mất " + System.nanoTime();
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		typePatrol(title);
		sendAndLoseTheAnswer(title);
		open("/activities/new");
		// back on the form: the page asked the server about the kept draft; the server has it
		wait.until(d -> slot().getText().contains("đã được lưu"));
		assertThat(slot().getText()).contains(title).doesNotContain("chưa gửi được", "chưa xác nhận");
		assertThat(driver.findElements(By.cssSelector("[data-draft-restore]"))).isEmpty();
		screenshot("hoat-dong-da-luu-du-mat-tra-loi-360");
		click("#activity-form [data-sent] a");
		wait.until(d -> d.getCurrentUrl().matches(".*/activities/\\d+$"));
		assertThat(bodyText()).contains(title);
		open("/activities/new");
		find("#type");
		assertThat(driver.findElement(By.cssSelector("#activity-form [data-draft-slot]")).getText()).isEmpty();
		assertThat(count(title)).isEqualTo(1);
	}

	@Test
	void theSavedRecordsOwnPageDropsTheDraftItsLostAnswerLeftBehind() {
		String title = "Tuần tra, mở từ nhật ký " + System.nanoTime();
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		typePatrol(title);
		sendAndLoseTheAnswer(title);
		// the log, in the tab the user moved to (a blank tab has no storage of the app's)
		open("/activities");
		String draft = "phoihop.draft:activity:/activities/new";
		assertThat(js("return localStorage.getItem(arguments[0])", draft)).asString().contains(title);
		// the user finds the activity in the log and opens it: the draft of its form is no longer kept
		open("/activities/" + idOf(title));
		wait.until(d -> js("return localStorage.getItem(arguments[0])", draft) == null);
		open("/activities/new");
		find("#type");
		assertThat(driver.findElements(By.cssSelector("[data-draft-restore], [data-sent]"))).isEmpty();
	}

	@Test
	void aRestoredDraftWhoseFirstSendWasSavedMakesNoSecondRecord() {
		String title = "Tuần tra, gửi lại bản nháp " + System.nanoTime();
		width(DESKTOP);
		signIn("xa.danhoa", "Demo@2026");
		typePatrol(title);
		sendAndLoseTheAnswer(title);
		// later, on a weak link: the question to the server does not get through, so the draft is offered
		chrome().executeCdpCommand("Network.enable", Map.of());
		chrome().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/activities/sent*")));
		try {
			open("/activities/new");
			click("[data-draft-restore]");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("borderGuard")));
			wait.until(d -> "4".equals(find("#borderGuard").getAttribute("value")));
			assertThat(find("#title").getAttribute("value")).isEqualTo(title);
			assertThat(driver.findElements(By.id("attendeeCount"))).isEmpty();
			submit();
			wait.until(d -> d.getCurrentUrl().matches(".*/activities/\\d+$"));
		}
		finally {
			chrome().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
		}
		// the server recognised the form's one-time token, kept with the draft: the first record (whose page may say
		// so, or still carry the message of the first send, whose answer never arrived)
		assertThat(driver.getCurrentUrl()).endsWith("/activities/" + idOf(title));
		assertThat(bodyText()).contains(title).containsAnyOf("đã được lưu từ lần gửi trước", "Đã gửi hoạt động");
		assertThat(count(title)).isEqualTo(1);
		open("/activities/new");
		find("#type");
		assertThat(driver.findElements(By.cssSelector("[data-draft-restore]"))).isEmpty();
		assertThat(bodyText()).doesNotContain("chưa xác nhận");
	}

	@Test
	void backAfterAFailedSendShowsTheFieldsOfTheChosenTypeWithWhatWasTyped() {
		String title = "Tuần tra, gửi không được " + System.nanoTime();
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		typePatrol(title);
		var network = (HasNetworkConditions) driver;
		var offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		network.setNetworkConditions(offline);
		try {
			submit();
			wait.until(d -> d.findElements(By.id("title")).isEmpty());
		}
		finally {
			network.deleteNetworkConditions();
		}
		driver.navigate().back();
		// the page was loaded again from the server (not kept whole in the browser's memory): the browser brought
		// back the type chosen, but not the fields drawn for it
		wait.until(d -> "back_forward".equals(js("return performance.getEntriesByType('navigation')[0].type")));
		// the type the browser brought back, its own fields, and what was typed in them
		wait.until(d -> "4".equals(find("#borderGuard").getAttribute("value")));
		assertThat(new Select(find("#type")).getFirstSelectedOption().getAttribute("value")).isEqualTo("PATROL");
		assertThat(driver.findElements(By.id("attendeeCount"))).isEmpty();
		assertThat(find("#militia").getAttribute("value")).isEqualTo("2");
		assertThat(find("#title").getAttribute("value")).isEqualTo(title);
		assertThat(slot().getText()).contains("điền lại đúng như lúc bạn bấm gửi");
		screenshot("hoat-dong-quay-lai-sau-loi-360");
		submit();
		wait.until(d -> d.getCurrentUrl().matches(".*/activities/\\d+$"));
		assertThat(count(title)).isEqualTo(1);
	}

	@Test
	void backToAFormWhoseSendWasSavedSaysSoAndStartsAfresh() {
		String title = "Tuần tra đã gửi, quay lại " + System.nanoTime();
		width(DESKTOP);
		signIn("xa.danhoa", "Demo@2026");
		typePatrol(title);
		submit();
		wait.until(d -> d.getCurrentUrl().matches(".*/activities/\\d+$"));
		driver.navigate().back();
		// the browser fills the form in again, with a new token: sending it would have made a second record
		wait.until(d -> slot().getText().contains("đã được lưu"));
		assertThat(slot().getText()).contains(title);
		assertThat(find("#title").getAttribute("value")).isEmpty();
		assertThat(new Select(find("#type")).getFirstSelectedOption().getAttribute("value")).isEqualTo("OUTREACH");
		// ... with the fields and the proposal of its own type, nothing of the record sent
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendeeCount")));
		wait.until(d -> "OUTREACH_LEGAL".equals(new Select(find("#contentArea")).getFirstSelectedOption()
			.getAttribute("value")));
		assertThat(driver.findElements(By.cssSelector("input[name=villageIds]:checked"))).isEmpty();
		assertThat(driver.findElements(By.id("borderGuard"))).isEmpty();
		// the notice is where the user was (the browser had scrolled back to the buttons pressed)
		assertThat(js("const r = document.querySelector('[data-sent]').getBoundingClientRect();"
				+ " return r.top >= 0 && r.bottom <= window.innerHeight")).isEqualTo(true);
		screenshot("quay-lai-bieu-mau-da-gui-1280");
		submit();
		wait.until(d -> !d.findElements(By.id("error-summary")).isEmpty());
		assertThat(count(title)).isEqualTo(1);
	}

	@Test
	void aKeptDraftIsOfferedNextToTheFirstFieldAndAnnounced() {
		String title = "Bản nháp chưa gửi " + System.nanoTime();
		for (int px : new int[] { PHONE, DESKTOP }) {
			width(px);
			if (px == PHONE) {
				signIn("xa.danhoa", "Demo@2026");
			}
			typePatrol(title + " " + px);
			open("/activities");
			open("/activities/new");
			WebElement restore = find("[data-draft-restore]");
			WebElement slot = slot();
			assertThat(slot.getAttribute("role")).isEqualTo("status");
			assertThat(slot.getAttribute("aria-live")).isEqualTo("polite");
			assertThat(slot.getText()).contains("Trình duyệt còn giữ dữ liệu bạn đã nhập");
			// inside the form, right above its first field, and on the first screen of a phone
			int bannerBottom = slot.getLocation().getY() + slot.getSize().getHeight();
			int typeTop = find("label[for=type]").getLocation().getY();
			assertThat(typeTop - bannerBottom).isBetween(0, 40);
			assertThat(slot.getLocation().getY()).isGreaterThan(find("h1").getLocation().getY());
			assertThat(restore.getLocation().getY()).isLessThan(px == PHONE ? 780 : 900);
			screenshot("ban-nhap-canh-o-dau-tien-" + px);
			click("[data-draft-restore]");
			wait.until(d -> (title + " " + px).equals(find("#title").getAttribute("value")));
			assertThat(find("#borderGuard").getAttribute("value")).isEqualTo("4");
			// the focus goes back to the form, not to the page's top
			assertThat(js("return document.activeElement.id")).isEqualTo("type");
		}
	}

	@Test
	void aDayInAConcludedMonthIsRefusedWhenItIsChosen() {
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		open("/activities/new");
		YearMonth concluded = YearMonth.now().minusMonths(2);
		js("""
				const el = document.getElementById('activityDate'); el.value = arguments[0];
				el.dispatchEvent(new Event('change', { bubbles: true }));""", concluded.atDay(12).toString());
		wait.until(d -> find("#activityDate-check").getText().contains("đã được kết luận và khóa"));
		assertThat(find("#activityDate").getAttribute("class")).contains("is-invalid");
		assertThat(find("#activityDate").getAttribute("aria-describedby")).contains("activityDate-check");
		// told next to the date, before anything else was filled in
		assertThat(find("#title").getAttribute("value")).isEmpty();
		screenshot("ngay-thang-da-ket-luan-360");
		js("""
				const el = document.getElementById('activityDate'); el.value = arguments[0];
				el.dispatchEvent(new Event('change', { bubbles: true }));""", LocalDate.now().toString());
		wait.until(d -> d.findElement(By.id("activityDate-check")).getText().isEmpty());
		assertThat(find("#activityDate").getAttribute("class")).doesNotContain("is-invalid");
	}

	/** A photo of {@code side} pixels square, half of it noise (which does not compress): a few hundred KB. */
	private static Path photo(String name, int side) throws IOException {
		BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(side);
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++) {
				image.setRGB(x, y, y < side / 2 ? 0x1f4d2b ^ (random.nextInt() & 0x0f0f0f) : random.nextInt());
			}
		}
		Path dir = Files.createDirectories(Path.of("target", "test-photos"));
		Path file = dir.resolve(name);
		ImageIO.write(image, "png", file.toFile());
		return file.toAbsolutePath();
	}

	@Test
	void aPhotoAttachedOnTheFormIsSeenSentWithProgressAndStoredOnce() throws IOException {
		String title = "Tuyên truyền có ảnh " + System.nanoTime();
		Path photo = photo("tuyen-truyen-ban-a.png", 300);
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		withoutServiceWorker();
		open("/activities/new");
		find("#attendeeCount").sendKeys("38");
		click("input[name=villageIds]");
		find("#photos").sendKeys(photo.toString());
		// the thumbnail, drawn in the browser before anything is sent
		wait.until(d -> d.findElements(By.cssSelector("[data-photo-list] li")).size() == 1);
		wait.until(d -> Boolean.TRUE.equals(js("""
				const c = document.querySelector('[data-photo-list] canvas');
				const px = c.getContext('2d').getImageData(48, 20, 1, 1).data;
				return px[3] > 0;""")));
		assertThat(find("[data-photo-list] li").getText()).contains("tuyen-truyen-ban-a.png");
		// the same file chosen again is not added twice
		find("#photos").sendKeys(photo.toString());
		wait.until(d -> find("[data-photo-problem]").getText().contains("đã được chọn rồi"));
		assertThat(driver.findElements(By.cssSelector("[data-photo-list] li"))).hasSize(1);
		js("document.getElementById('photos-field').scrollIntoView({block: 'start', behavior: 'instant'})");
		screenshot("anh-tren-bieu-mau-360");

		// sent without its title: the form comes back with the error next to the field, the photo still chosen
		submit();
		wait.until(d -> !d.findElements(By.id("title-error")).isEmpty());
		assertThat(find("#title-error").getText()).isEqualTo("Hãy nhập tiêu đề.");
		assertThat(js("return document.activeElement.id")).isEqualTo("error-summary");
		assertThat(driver.findElements(By.cssSelector("[data-photo-list] li"))).hasSize(1);
		assertThat(js("return document.getElementById('photos').files.length")).isEqualTo(1L);
		assertThat(count(title)).isZero();
		find("#title").sendKeys(title);

		// a slow upload: the bar moves, the buttons cannot start a second send
		chrome().executeCdpCommand("Network.enable", Map.of());
		chrome().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 50,
				"downloadThroughput", -1, "uploadThroughput", 64 * 1024));
		try {
			submit();
			wait.until(d -> !find("[data-send-progress]").getAttribute("class").contains("d-none"));
			assertThat(find("button[name=action][value=submit]").isEnabled()).isFalse();
			assertThat(find("#photos").isEnabled()).isFalse();
			wait.until(d -> Integer.parseInt(find("[data-send-progress] .progress").getAttribute("aria-valuenow")) > 0);
			screenshot("anh-dang-gui-360");
			js("document.querySelector('button[name=action][value=submit]').click()");
			new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200))
				.withMessage(() -> "still on the form: " + driver.findElement(By.cssSelector("[data-send-failed]")).getText())
				.until(d -> d.getCurrentUrl().matches(".*/activities/\\d+$"));
		}
		finally {
			chrome().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
					"downloadThroughput", -1, "uploadThroughput", -1));
		}
		assertThat(bodyText()).contains(title).contains("Đã gửi hoạt động").contains("tuyen-truyen-ban-a.png");
		assertThat(count(title)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from activity_attachment t join activity a on a.id = t.activity_id "
				+ "where a.title = ?", Integer.class, title)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select t.size_bytes from activity_attachment t join activity a "
				+ "on a.id = t.activity_id where a.title = ?", Long.class, title)).isEqualTo(Files.size(photo));
	}

}
