package vn.phoihop.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.support.BrowserTest;
import vn.phoihop.support.Link;

/**
 * Working where the link drops (issue 25, items 2, 3, 5 and 7), in Chromium with DevTools' network emulation applied to
 * the page and to the service worker: after one visit with a link, a commune official opens the app with none, logs
 * three activities (one with a photo) and the month's report, closes the tab, comes back online, and all four arrive
 * once with their data; a report refused because the month was concluded meanwhile is shown with what was typed and
 * sent again once the month is reopened; a record whose answer is lost on the way is saved once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class OfflineBrowserIT extends BrowserTest {

	private Link link;

	@AfterEach
	void cleanUp() {
		if (link != null) {
			link.close();
		}
		jdbc.update("delete from activity where title like 'Ngoại tuyến %'");
		putTheReportBack();
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** The records of the device's outbox for the signed-in user, as the page asks the worker. */
	private long outbox() {
		Object n = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				phoihopOffline.ask({ type: 'list', user: phoihopOffline.user }).then(r => done(r ? r.length : -1));""");
		return ((Number) n).longValue();
	}

	private int count(String title) {
		return jdbc.queryForObject("select count(*) from activity where title = ?", Integer.class, title);
	}

	/**
	 * The official's first visit with a link: the worker takes the page, and keeps what working offline needs (the
	 * dashboard, the activity form and its fields for each type, the month's reports).
	 */
	private void firstVisit() {
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		link = Link.of(driver);
		open("/");
		WebDriverWait longer = new WebDriverWait(driver, Duration.ofSeconds(60));
		longer.until(d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")));
		longer.until(d -> js("return localStorage.getItem('phoihop.kept')") != null);
	}

	/** This month's report page of the official's commune, as the dashboard links it. */
	private String reportPath() {
		open("/");
		String month = YearMonth.now().toString();
		return find("#my-month-reports").findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href"))
			.filter(h -> h.contains("/" + month + "/")).findFirst().orElseThrow()
			.replace("http://localhost:" + port, "");
	}

	/** An activity typed into the form as the device keeps it, and sent: kept in the outbox. */
	private void logActivity(String type, String title, String typeField) {
		open("/activities/new");
		find("#offline-copy");
		new Select(find("#type")).selectByValue(type);
		find("#" + typeField);
		click("input[name=villageIds]");
		new Select(find("#contentArea")).selectByIndex(1);
		find("#title").sendKeys(title);
	}

	private void sentToTheOutbox() {
		wait.until(ExpectedConditions.urlContains("/outbox?queued="));
		find("#outbox-queued");
	}

	@Test
	void fourRecordsMadeWithoutALinkArriveOnceWithTheirDataWhenItReturns() throws IOException {
		String stamp = String.valueOf(System.nanoTime());
		String patrol = "Ngoại tuyến tuần tra " + stamp;
		String outreach = "Ngoại tuyến tuyên truyền " + stamp;
		String withPhoto = "Ngoại tuyến có ảnh " + stamp;
		String narrative = "Ngoại tuyến: tình hình tháng ổn định " + stamp;
		long communeId = communeId();
		returnThisMonthsReport();
		firstVisit();
		String report = reportPath();

		link.offline();
		// the dashboard as last seen, marked with its time
		open("/");
		assertThat(find("#offline-copy").getText()).contains("Bản lưu trên máy").containsPattern("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
		assertThat(find("#my-month").isDisplayed()).isTrue();
		screenshot("ngoai-tuyen-tong-quan-360");

		// a patrol with its participants by force
		logActivity("PATROL", patrol, "borderGuard");
		find("#borderGuard").sendKeys("5");
		find("#militia").sendKeys("3");
		find("#police").sendKeys("1");
		screenshot("ngoai-tuyen-ghi-tuan-tra-360");
		click("button[name=action][value=submit]");
		sentToTheOutbox();

		// an outreach session with its attendees
		logActivity("OUTREACH", outreach, "attendeeCount");
		find("#attendeeCount").sendKeys("46");
		click("button[name=action][value=submit]");
		sentToTheOutbox();

		// a photo taken on the phone: large, with the place it was taken
		Path photo = photoWithPlace(3000, 2000);
		logActivity("OUTREACH", withPhoto, "attendeeCount");
		find("#attendeeCount").sendKeys("12");
		find("#photos").sendKeys(photo.toString());
		wait.until(d -> d.findElements(By.cssSelector("[data-photo-list] li")).size() == 1);
		assertThat(find("[data-photo-list] li").getText()).contains("anh-co-vi-tri.jpg");
		click("button[name=action][value=submit]");
		sentToTheOutbox();

		// the month's report
		open(report);
		find("#offline-copy");
		find("#narrative").clear();
		find("#narrative").sendKeys(narrative);
		click("#submission-submit");
		sentToTheOutbox();
		assertThat(find("#outbox-badge").getText()).isEqualTo("4 chờ gửi");
		assertThat(driver.findElements(By.cssSelector("#outbox-list .outbox-item"))).hasSize(4);
		assertThat(find("#outbox-list").getText()).contains(patrol, outreach, withPhoto, "Chờ gửi");
		screenshot("hop-cho-gui-360");
		assertThat(count(patrol) + count(outreach) + count(withPhoto)).as("nothing reached the server").isZero();

		// the tab is closed; the link comes back; the official opens the app again
		String app = driver.getWindowHandle();
		driver.switchTo().newWindow(WindowType.TAB);
		String later = driver.getWindowHandle();
		driver.switchTo().window(app).close();
		driver.switchTo().window(later);
		link.online();
		open("/");
		new WebDriverWait(driver, Duration.ofSeconds(60))
			.until(d -> count(patrol) == 1 && count(outreach) == 1 && count(withPhoto) == 1
					&& narrative.equals(narrativeOf(communeId)));
		wait.until(d -> outbox() == 0);
		wait.until(d -> !d.findElement(By.id("outbox-badge")).isDisplayed());

		// each once, with its data
		assertThat(jdbc.queryForList("select part_border_guard, part_militia, part_police, type, status from activity "
				+ "where title = ?", patrol)).singleElement().satisfies(r -> {
					assertThat(r).containsEntry("part_border_guard", 5).containsEntry("part_militia", 3)
						.containsEntry("part_police", 1).containsEntry("type", "PATROL").containsEntry("status", "SUBMITTED");
				});
		assertThat(jdbc.queryForObject("select attendee_count from activity where title = ?", Integer.class, outreach))
			.isEqualTo(46);
		byte[] stored = jdbc.queryForObject("select t.data from activity_attachment t join activity a on a.id = t.activity_id "
				+ "where a.title = ?", byte[].class, withPhoto);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(Math.max(image.getWidth(), image.getHeight())).as("made smaller in the browser").isEqualTo(1600);
		assertThat(stored.length).isLessThan((int) Files.size(photo));
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as("the place it was taken left out")
			.doesNotContain("Exif").doesNotContain("GPS");
		assertThat(jdbc.queryForObject("select count(*) from commune_submission s join monthly_review r on r.id = s.review_id "
				+ "where s.commune_id = ? and r.month = ?", Integer.class, communeId, YearMonth.now().atDay(1))).isEqualTo(1);
	}

	@Test
	void aRecordWhoseAnswerIsLostOnTheWayIsSavedOnce() {
		String title = "Ngoại tuyến trả lời bị mất " + System.nanoTime();
		firstVisit();
		open("/activities/new");
		new Select(find("#type")).selectByValue("OUTREACH");
		find("#attendeeCount").sendKeys("20");
		click("input[name=villageIds]");
		find("#title").sendKeys(title);
		// the server saves it; its answer is lost when the link drops
		link.loseAnswers("*/activities", 1);
		click("button[name=action][value=submit]");
		sentToTheOutbox();
		assertThat(link.answersStillToLose()).isZero();
		assertThat(count(title)).as("saved by the server").isEqualTo(1);
		// kept, not knowing it was saved, and sent again when the app opens (here at once, the outbox's page):
		// recognised by its one-time token, not saved twice
		wait.until(d -> outbox() == 0);
		open("/");
		assertThat(count(title)).isEqualTo(1);
	}

	@Test
	void aReportRefusedBecauseTheMonthWasConcludedMeanwhileIsShownWithWhatWasTypedAndSentOnceReopened() {
		String narrative = "Ngoại tuyến: báo cáo gửi khi tháng đã kết luận " + System.nanoTime();
		String untitled = "Ngoại tuyến thiếu tiêu đề " + System.nanoTime();
		long communeId = communeId();
		returnThisMonthsReport();
		firstVisit();
		String report = reportPath();
		link.offline();
		open(report);
		find("#narrative").clear();
		find("#narrative").sendKeys(narrative);
		click("#submission-submit");
		sentToTheOutbox();
		// an activity sent without its title: the server will say so
		open("/activities/new");
		new Select(find("#type")).selectByValue("OUTREACH");
		find("#attendeeCount").sendKeys("9");
		click("input[name=villageIds]");
		find("#description").sendKeys(untitled);
		click("button[name=action][value=submit]");
		sentToTheOutbox();

		// meanwhile the commander concludes the month
		long review = jdbc.queryForObject("select r.id from monthly_review r join border_post p on p.id = r.post_id "
				+ "where p.code = 'RAMAI' and r.month = ?", Long.class, YearMonth.now().atDay(1));
		jdbc.update("update monthly_review set status = 'CONCLUDED' where id = ?", review);
		try {
			link.online();
			open("/outbox");
			WebElement refused = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d
				.findElements(By.cssSelector("#outbox-list .outbox-item[data-state=refused]")).size() == 2
					? d.findElement(By.cssSelector("#outbox-list .outbox-item[data-state=refused]")) : null);
			assertThat(refused.getText()).contains("Báo cáo tháng của xã", "Bị từ chối",
					"Tháng này đã được kết luận", narrative);
			assertThat(find("#outbox-list").getText()).contains("Hãy nhập tiêu đề.");
			assertThat(find("#outbox-badge").getText()).isEqualTo("2 chờ gửi");
			screenshot("hop-cho-gui-bi-tu-choi-360");
			assertThat(narrativeOf(communeId)).isNotEqualTo(narrative);

			// the commander reopens the month; the official sends it again, as it was typed
			jdbc.update("update monthly_review set status = 'OPEN' where id = ?", review);
			click("#" + refused.getAttribute("id") + " [data-retry]");
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> narrative.equals(narrativeOf(communeId)));
			wait.until(d -> outbox() == 1);
		}
		finally {
			jdbc.update("update monthly_review set status = 'OPEN' where id = ?", review);
		}

		// the activity: corrected in its form, which shows the server's answer, and sent again
		click("#outbox-list .outbox-item[data-state=refused] [data-edit]");
		wait.until(d -> !d.findElements(By.id("title-error")).isEmpty());
		assertThat(find("#title-error").getText()).isEqualTo("Hãy nhập tiêu đề.");
		assertThat(find("#description").getAttribute("value")).isEqualTo(untitled);
		assertThat(find("#attendeeCount").getAttribute("value")).isEqualTo("9");
		screenshot("hop-cho-gui-sua-lai-360");
		String title = "Ngoại tuyến đã sửa " + System.nanoTime();
		find("#title").sendKeys(title);
		click("button[name=action][value=submit]");
		wait.until(d -> d.getCurrentUrl().matches(".*/activities/\\d+$"));
		assertThat(count(title)).isEqualTo(1);
		wait.until(d -> outbox() == 0);
		assertThat(jdbc.queryForObject("select count(*) from commune_submission s join monthly_review r on r.id = s.review_id "
				+ "where s.commune_id = ? and r.month = ?", Integer.class, communeId, YearMonth.now().atDay(1))).isEqualTo(1);
	}

	// ---- the month's report of the official's commune: returned by the commander for the test (the demo data has
	// sent it), put back as it was afterwards

	private Map<String, Object> reportBefore;

	private boolean reportTouched;

	private long communeId() {
		return jdbc.queryForObject("select commune_id from app_user where username = 'xa.danhoa'", Long.class);
	}

	private void returnThisMonthsReport() {
		List<Map<String, Object>> rows = jdbc.queryForList("select s.id, s.narrative, s.status, s.return_comment, "
				+ "s.submitted_by, s.submitted_at from commune_submission s join monthly_review r on r.id = s.review_id "
				+ "where s.commune_id = ? and r.month = ?", communeId(), YearMonth.now().atDay(1));
		reportTouched = true;
		reportBefore = rows.isEmpty() ? null : rows.get(0);
		if (reportBefore != null) {
			jdbc.update("update commune_submission set status = 'RETURNED', return_comment = 'Bổ sung số liệu' where id = ?",
					reportBefore.get("id"));
		}
	}

	private void putTheReportBack() {
		if (!reportTouched) {
			return;
		}
		if (reportBefore == null) {
			jdbc.update("delete from commune_submission s using monthly_review r where r.id = s.review_id "
					+ "and s.commune_id = ? and r.month = ?", communeId(), YearMonth.now().atDay(1));
		}
		else {
			jdbc.update("update commune_submission set narrative = ?, status = ?, return_comment = ?, submitted_by = ?, "
					+ "submitted_at = ? where id = ?", reportBefore.get("narrative"), reportBefore.get("status"),
					reportBefore.get("return_comment"), reportBefore.get("submitted_by"), reportBefore.get("submitted_at"),
					reportBefore.get("id"));
		}
	}

	private String narrativeOf(long communeId) {
		List<String> found = jdbc.queryForList("select s.narrative from commune_submission s join monthly_review r "
				+ "on r.id = s.review_id where s.commune_id = ? and r.month = ? and s.status = 'SUBMITTED'", String.class,
				communeId, YearMonth.now().atDay(1));
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * A phone's photo: a JPEG of {@code width} × {@code height} pixels (half of it noise, which does not compress)
	 * carrying, in its EXIF metadata, the latitude where it was taken.
	 */
	static Path photoWithPlace(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		java.util.Random random = new java.util.Random(width);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, y < height / 2 ? 0x1f4d2b : random.nextInt());
			}
		}
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", jpeg);
		byte[] plain = jpeg.toByteArray();
		// TIFF (big-endian): IFD0 with one entry pointing to the GPS IFD, which says latitude N 17° 10'
		ByteBuffer tiff = ByteBuffer.allocate(80);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
		tiff.putShort((short) 2);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
		tiff.putInt(0);
		tiff.putInt(17).putInt(1).putInt(10).putInt(1).putInt(0).putInt(1);
		byte[] exif = new byte[6 + tiff.position()];
		System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
		System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2); // SOI
		out.write(0xFF);
		out.write(0xE1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xFF);
		out.write(exif);
		out.write(plain, 2, plain.length - 2);
		Path dir = Files.createDirectories(Path.of("target", "test-photos"));
		Path file = dir.resolve("anh-co-vi-tri.jpg");
		Files.write(file, out.toByteArray());
		return file.toAbsolutePath();
	}

}
