package vn.phoihop.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.shared.web.DateText;
import vn.phoihop.support.BrowserTest;

/**
 * The journeys of issue 7, each on a phone (360 px) and on a desktop (1280 px), in one browser per journey: a commune
 * official logs and submits a month, the commander returns it, concludes and prints it, the provincial command
 * downloads the province report, every main form explains bad input in Vietnamese and keeps it, and the language
 * switch holds across pages.
 * <p>
 * The month journey needs a month nobody else uses: the demo data concluded the twelve months before the current one
 * and Dân Hóa has already submitted the current one (other tests log into it). So the phone run takes the 13th month
 * back and the desktop run the 14th: open, unlocked, with the demo's activities in them, and concluded by this test
 * only. The forms with bad input change nothing, so they use the current month.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class JourneyBrowserIT extends BrowserTest {

	static final String PASSWORD = "Demo@2026";

	static final String ERROR_SUMMARY = "Có lỗi cần sửa trước khi lưu";

	static final String REQUIRED = "Vui lòng nhập thông tin này.";

	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void everyoneStartsInVietnamese() {
		// a language chosen by another test (or a failed run of this one) is remembered per user
		jdbc.update("update app_user set locale = 'vi' where username in "
				+ "('xa.danhoa', 'xa.tuyenlam', 'chihuy.ramai', 'canbo.ramai', 'tinh.quangtri', 'admin')");
	}

	// ---- (a) + (b): from the commune's log to the printed conclusion

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { PHONE, DESKTOP })
	void aMonthGoesFromTheCommunesLogToThePrintedConclusion(int px) throws Exception {
		YearMonth month = YearMonth.now().minusMonths(px == PHONE ? 13 : 14);
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		assertThat(jdbc.queryForObject("select count(*) from monthly_review where post_id = ? and month = ?",
				Integer.class, post, month.atDay(1))).as("month %s is this journey's own", month).isZero();
		long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		String shown = month.format(MONTH);
		String outreach = "Tuyên truyền Luật Biên phòng tại bản " + px + "-" + System.nanoTime();
		String patrol = "Tuần tra đường biên, cột mốc " + px + "-" + System.nanoTime();
		width(px);

		// the commune official finds a household (accent-insensitive search)
		signIn("xa.danhoa", PASSWORD);
		Household household = householdOf("TRONGHOA");
		openMenu();
		click("#nav-population");
		click(".dropdown-menu a[href='/households']");
		find("#q").sendKeys(household.plain());
		find("#q").submit();
		wait.until(d -> d.findElement(By.id("results")).getText().contains(household.name()));
		shot("xa-tim-ho", px, PHONE, "#results");
		click("#results a[href='/households/" + household.id() + "']");
		wait.until(ExpectedConditions.urlMatches("/households/" + household.id() + "$"));
		assertThat(find("h1").getText()).contains(household.name());

		// ... logs an outreach session with its attendees
		openMenu();
		click("a.nav-link[href='/activities']");
		click("main a[href='/activities/new']");
		new Select(find("#type")).selectByValue("OUTREACH");
		find("#attendeeCount").sendKeys("45");
		date("#activityDate", month.atDay(14));
		click("input[name=villageIds]");
		new Select(find("#contentArea")).selectByValue("OUTREACH_LEGAL");
		find("#title").sendKeys(outreach);
		shot("xa-ghi-tuyen-truyen", px, PHONE, "h1");
		click("button[name=action][value=submit]");
		wait.until(ExpectedConditions.urlMatches("/activities/\\d+$"));
		assertThat(find("main").getText()).contains(outreach).contains("45");

		// ... and a patrol with its participants by force
		open("/activities/new");
		new Select(find("#type")).selectByValue("PATROL");
		find("#borderGuard").sendKeys("6");
		assertThat(driver.findElements(By.id("attendeeCount"))).isEmpty();
		find("#militia").sendKeys("3");
		find("#police").sendKeys("2");
		find("#resident").sendKeys("4");
		date("#activityDate", month.atDay(15));
		click("input[name=villageIds]");
		new Select(find("#contentArea")).selectByValue("BORDER_SOVEREIGNTY");
		find("#title").sendKeys(patrol);
		shot("xa-ghi-tuan-tra", px, PHONE, "#contentArea");
		click("button[name=action][value=submit]");
		wait.until(ExpectedConditions.urlMatches("/activities/\\d+$"));
		assertThat(find("main").getText()).contains(patrol);

		// ... then submits the commune's month: the activities are listed; a narrative is required
		openMenu();
		click("a.nav-link[href='/reviews']");
		find("#go-month").clear();
		find("#go-month").sendKeys(DateText.MONTH.format(month));
		click("#review-go button[type=submit]");
		wait.until(ExpectedConditions.urlMatches("/reviews/RAMAI/" + month + "$"));
		click("#review-submissions a[href$='/submissions/" + danHoa + "']");
		assertThat(find("#submission-status").getText()).isEqualTo("Chưa gửi");
		assertThat(find("#submission-activities").getText()).contains(outreach).contains(patrol);
		click("#submission-submit");
		assertRejected("narrative", "Vui lòng nhập tóm tắt tình hình trước khi gửi.");
		String narrative = "Tháng " + shown + ", xã Dân Hóa tổ chức tuyên truyền tại bản và tuần tra đường biên.";
		find("#narrative").sendKeys(narrative);
		click("#submission-submit");
		wait.until(d -> bodyText().contains("Đã gửi báo cáo tháng cho Đồn."));
		assertThat(find("#submission-status").getText()).isEqualTo("Đã gửi");
		shot("xa-gui-bao-cao-thang", px, PHONE);
		signOut();

		// the commander finds it waiting and returns it with a comment
		signIn("chihuy.ramai", PASSWORD);
		String submission = "/reviews/RAMAI/" + month + "/submissions/" + danHoa;
		WebElement waiting = find("#waiting-to-review a[href='" + submission + "']");
		assertThat(waiting.getText()).contains("Dân Hóa").contains(shown);
		shot("chi-huy-viec-cho", px, DESKTOP);
		click("#waiting-to-review a[href='" + submission + "']");
		assertThat(find("#submission-narrative").getText()).isEqualTo(narrative);
		assertThat(find("#submission-activities").getText()).contains(outreach).contains(patrol);
		String comment = "Bổ sung số hộ được tuyên truyền ở bản xa (" + px + ")";
		click("#return-start"); // returning is confirmed on a page of its own
		find("#comment").sendKeys(comment);
		shot("chi-huy-tra-lai-bao-cao", px, DESKTOP);
		click("#return-submit");
		wait.until(d -> bodyText().contains("Đã trả lại báo cáo cho xã kèm ý kiến."));
		assertThat(find("#submission-status").getText()).isEqualTo("Bị trả lại");
		signOut();

		// the official sees it returned, with the comment
		signIn("xa.danhoa", PASSWORD);
		WebElement returned = find("#waiting-returned a[href='" + submission + "']");
		assertThat(returned.getText()).contains(comment);
		click("#waiting-returned a[href='" + submission + "']");
		assertThat(find("#submission-status").getText()).isEqualTo("Bị trả lại");
		assertThat(find("#submission-return-comment").getText()).contains(comment);
		assertThat(find("#narrative").getAttribute("value")).isEqualTo(narrative);
		shot("xa-bao-cao-bi-tra-lai", px, PHONE);
		signOut();

		// the commander writes the conclusion, concludes the month and downloads the printed conclusion
		signIn("chihuy.ramai", PASSWORD);
		openMenu();
		click("a.nav-link[href='/reviews']");
		// the list shows the last twelve months; this month is older: the commander picks its year
		openFilters();
		setValue("#year", String.valueOf(month.getYear()));
		click("#review-year button[type=submit]");
		wait.until(ExpectedConditions.urlContains("year=" + month.getYear()));
		shot("chi-huy-danh-sach-thang", px, DESKTOP, "#review-year");
		click("#review-list a[href='/reviews/RAMAI/" + month + "']");
		assertThat(find("#review-status").getText()).isEqualTo("Đang mở");
		assertThat(find("#review-figures").getText()).contains("Dân Hóa");
		String conclusion = "Duy trì tuyên truyền tại các bản vùng sâu, dùng tiếng dân tộc (" + px + ").";
		find("#conclusion-OUTREACH_LEGAL").sendKeys(conclusion);
		click("#conclusions-save");
		wait.until(d -> bodyText().contains("Đã lưu kết luận."));
		click("#conclude-start"); // concluding is confirmed on a page of its own
		String number = find("#conclusionNumber").getAttribute("value");
		assertThat(number).endsWith("-KL/ĐU");
		// Dân Hóa's report is returned, Tuyên Lâm's not sent: the reason for concluding without them
		find("#reason").sendKeys("Xã Dân Hóa đang bổ sung, xã Tuyên Lâm báo cáo tại giao ban");
		click("#conclude-submit");
		wait.until(d -> bodyText().contains("Đã kết luận tháng"));
		assertThat(find("#review-status").getText()).isEqualTo("Đã kết luận");
		assertThat(find("#review-concluded").getText()).contains(number);
		assertThat(find("#review-conclusions").getText()).contains(conclusion);
		shot("chi-huy-ket-luan-thang", px, DESKTOP);

		Download pdf = download(find("#review-pdf").getAttribute("href"));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.type()).isEqualTo("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var doc = Loader.loadPDF(pdf.body())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true); // names and dates are drawn after their line (no-wrap spans)
			String text = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC)
				.replaceAll("\\s+", " ");
			assertThat(text).contains("KẾT LUẬN").contains("Số " + number).contains("tháng " + shown).contains(conclusion);
		}
	}

	// ---- (c): the provincial command's report

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { PHONE, DESKTOP })
	void theProvincialCommandOpensTheProvinceReportAndDownloadsTheSpreadsheet(int px) throws Exception {
		width(px);
		signIn("tinh.quangtri", PASSWORD);
		openMenu();
		click("a.nav-link[href='/reports/period']");
		new Select(find("#province")).selectByValue("QUANGTRI");
		LocalDate today = LocalDate.now();
		date("#from", today.withDayOfYear(1));
		date("#to", today);
		click("main form button[type=submit]");
		wait.until(ExpectedConditions.urlContains("from="));
		String sessions = find("#fig-sessions").getText();
		assertThat(find("#section-0").getText()).contains("Quảng Trị")
			.contains(today.withDayOfYear(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		assertThat(sessions).matches("\\d{1,3}(\\.\\d{3})*");
		shot("tinh-bao-cao-tinh", px, DESKTOP);

		Download xlsx = download(find("#download-xlsx").getAttribute("href"));
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.type()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(xlsx.body()).startsWith(0x50, 0x4B, 0x03, 0x04);
		BigDecimal inSheet = null;
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			for (Row row : wb.getFirstSheet().read()) {
				if (row.getCellCount() > 1 && "Buổi tuyên truyền, vận động".equals(row.getCellText(0))) {
					inSheet = row.getCell(1).asNumber();
				}
			}
		}
		assertThat(inSheet).as("the sessions in the spreadsheet").isNotNull();
		assertThat(inSheet.longValue()).isEqualTo(Long.parseLong(sessions.replace(".", "")));
	}

	// ---- (d): bad input into each main form

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { PHONE, DESKTOP })
	void badInputIsExplainedInVietnameseNextToTheFieldAndWhatWasTypedIsKept(int px) {
		width(px);
		YearMonth current = YearMonth.now();
		long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);

		// household: a member count of 0, no village
		signIn("xa.danhoa", PASSWORD);
		open("/households/new");
		find("#headName").sendKeys("Hồ Thị Thử " + px);
		find("#members").clear();
		find("#members").sendKeys("0");
		// the visible save button (the first, hidden one is the form's default for Enter, so that Enter never adds a member row)
		click("main form button.btn-primary[type=submit]");
		assertRejected("members", "Giá trị phải lớn hơn hoặc bằng 1.");
		assertRejected("villageId", "Vui lòng chọn hoặc nhập thông tin này.");
		assertThat(find("#headName").getAttribute("value")).isEqualTo("Hồ Thị Thử " + px);
		assertThat(find("#members").getAttribute("value")).isEqualTo("0");
		shot("loi-nhap-ho-gia-dinh", px, PHONE);

		// activity: too many attendees, no title
		open("/activities/new");
		new Select(find("#type")).selectByValue("OUTREACH");
		find("#attendeeCount").sendKeys("6000");
		find("#description").sendKeys("Mô tả được giữ lại");
		click("button[name=action][value=submit]");
		assertRejected("attendeeCount", "Hãy nhập số nguyên từ 0 đến 5.000.");
		assertRejected("title", "Hãy nhập tiêu đề.");
		assertThat(find("#attendeeCount").getAttribute("value")).isEqualTo("6000");
		assertThat(find("#description").getAttribute("value")).isEqualTo("Mô tả được giữ lại");
		assertThat(new Select(find("#type")).getFirstSelectedOption().getAttribute("value")).isEqualTo("OUTREACH");
		signOut();

		// agreement: no number, no commune
		signIn("chihuy.ramai", PASSWORD);
		open("/agreements/new");
		find("#title").sendKeys("Quy chế phối hợp thử " + px);
		click("main form button[type=submit]");
		assertRejected("number", REQUIRED);
		assertRejected("communeIds", "Vui lòng chọn ít nhất một mục.");
		assertThat(find("#title").getAttribute("value")).isEqualTo("Quy chế phối hợp thử " + px);

		// the month's conclusion (confirmed on its own page, for a month that is over): a date within the month
		open("/reviews/RAMAI/2016-01/conclude");
		date("#concludedOn", LocalDate.of(2016, 1, 20));
		click("#conclude-submit");
		assertRejected("concludedOn", "Ngày kết luận phải từ ngày 01/02/2016 trở đi, sau ngày cuối của tháng được kết luận.");
		// the number the register would give, for the year of the date typed
		assertThat(find("#conclusionNumber").getAttribute("value")).endsWith("-KL/ĐU");
		assertThat(jdbc.queryForObject("select count(*) from monthly_review where month = '2016-01-01' "
				+ "and status = 'CONCLUDED'", Integer.class)).isZero();
		shot("loi-nhap-ket-luan", px, DESKTOP);

		// returning a submission: no comment
		open("/reviews/RAMAI/" + current + "/submissions/" + danHoa);
		assertThat(find("#submission-status").getText()).isEqualTo("Đã gửi");
		click("#return-start");
		click("#return-submit");
		assertRejected("comment", REQUIRED);
		assertThat(find("#submission-status").getText()).isEqualTo("Đã gửi");
		signOut();

		// a task marked done without its result
		signIn("canbo.ramai", PASSWORD);
		openMenu();
		click("a.nav-link[href='/tasks']");
		shot("can-bo-nhiem-vu", px, PHONE);
		WebElement form = find("#task-list form");
		String input = form.findElement(By.cssSelector("input[name=resultNote]")).getAttribute("id");
		click("#" + input + " ~ button[type=submit]");
		assertThat(find("#error-summary").getText()).contains(ERROR_SUMMARY).contains(REQUIRED);
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		assertThat(find("#error-summary a").getAttribute("href")).endsWith("#" + input);
		assertThat(find("#" + input).getAttribute("class")).contains("is-invalid");
		assertThat(find("#" + input + "-error").getText()).isEqualTo(REQUIRED);
		assertThat(find("#" + input).getAttribute("aria-describedby")).isEqualTo(input + "-error");
		signOut();

		// a user account: a short user name, no role
		signIn("admin", PASSWORD);
		open("/admin/users/new");
		find("#username").sendKeys("ab");
		find("#fullName").sendKeys("Người Dùng Thử");
		click("main form button[type=submit]");
		assertRejected("username", "Độ dài phải từ 3 đến 64 ký tự.");
		assertRejected("role", "Vui lòng chọn hoặc nhập thông tin này.");
		assertThat(find("#username").getAttribute("value")).isEqualTo("ab");
		assertThat(find("#fullName").getAttribute("value")).isEqualTo("Người Dùng Thử");
		shot("loi-nhap-nguoi-dung", px, DESKTOP);
	}

	// ---- (e): English and back

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { PHONE, DESKTOP })
	void theLanguageSwitchesToEnglishAndBackAndTheChoiceHoldsAcrossPages(int px) {
		width(px);
		signIn("xa.tuyenlam", PASSWORD);
		assertThat(find("h1").getText()).startsWith("Xin chào");
		open("/households/summary");
		String vi = find("tr[data-unit='Thanh Hóa (Tuyên Hóa)'] td.households").getText();
		assertThat(vi).matches("\\d{1,3}(\\.\\d{3})+");

		openMenu();
		click("#lang-en");
		wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Population totals"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		String en = find("tr[data-unit='Thanh Hóa (Tuyên Hóa)'] td.households").getText();
		assertThat(en).isEqualTo(vi.replace('.', ','));
		openMenu();
		click("a.nav-link[href='/activities']");
		assertThat(find("h1").getText()).isEqualTo("Activity log");
		shot("ngon-ngu-tieng-anh", px, PHONE);
		// remembered for the user: signing out and in again keeps English
		signOut();
		assertThat(find("h1").getText()).isEqualTo("Sign in");
		signIn("xa.tuyenlam", PASSWORD);
		assertThat(find("h1").getText()).startsWith("Hello");

		openMenu();
		click("#lang-vi");
		wait.until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Xin chào"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
		openMenu();
		click("a.nav-link[href='/activities']");
		assertThat(find("h1").getText()).isEqualTo("Nhật ký hoạt động phối hợp");
		assertThat(jdbc.queryForObject("select locale from app_user where username = 'xa.tuyenlam'", String.class))
			.isEqualTo("vi");
	}

	// ---- helpers

	record Household(long id, String name, String plain) {
	}

	record Download(int status, String type, byte[] body) {
	}

	/** A household of the commune whose head has an accented name, and that name typed without accents. */
	private Household householdOf(String communeCode) {
		return jdbc.queryForObject("""
				select h.id, h.head_name, search_key(h.head_name) from household h join commune c on c.id = h.commune_id
				where c.code = ? and not h.archived and h.head_name ~ '[ăâđêôơưáàảãạ]' order by h.id limit 1""",
				(rs, i) -> new Household(rs.getLong(1), rs.getString(2), rs.getString(3)), communeCode);
	}

	/**
	 * The message is next to the field (and announced with it), and listed in the error summary at the top of the
	 * form with a link to the field.
	 */
	private void assertRejected(String field, String message) {
		WebElement summary = find("#error-summary");
		assertThat(summary.getText()).contains(ERROR_SUMMARY).contains(message);
		assertThat(summary.findElements(By.cssSelector("a[href='#" + field + "']"))).as("a link to #%s", field)
			.isNotEmpty();
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		WebElement error = driver.findElement(By.id(field + "-error"));
		assertThat(error.isDisplayed()).as("the message next to %s is shown", field).isTrue();
		assertThat(error.getText()).isEqualTo(message);
		// the field itself, or each box of a group of check boxes (a fieldset with the field's id)
		WebElement target = driver.findElement(By.id(field));
		List<WebElement> inputs = "fieldset".equals(target.getTagName())
				? target.findElements(By.cssSelector("input[name='" + field + "']")) : List.of(target);
		assertThat(inputs).isNotEmpty().allSatisfy(input -> {
			assertThat(input.getAttribute("class")).contains("is-invalid");
			// the message, and for a date field its format hint before it
			assertThat(input.getAttribute("aria-describedby").split(" ")).contains(field + "-error");
		});
	}

	/**
	 * Types a day as a Vietnamese user writes it (dd/MM/yyyy, into the text field that replaced type=date) and leaves
	 * the field; waits for the partial update a date's change starts (the activity form's fields).
	 */
	private void date(String css, LocalDate day) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(DateText.DAY.format(day), Keys.TAB);
		wait.until(d -> d.findElements(By.cssSelector(".htmx-request, .htmx-settling, .htmx-swapping")).isEmpty());
		assertThat(find(css).getAttribute("value")).isEqualTo(DateText.DAY.format(day));
	}

	/**
	 * Opens a list's folded filters: on a phone by tapping "Lọc"; on a desktop they are shown already, but Selenium
	 * takes whatever is in a closed <details> for hidden, so the test opens it as the browser shows it.
	 */
	private void openFilters() {
		WebElement summary = driver.findElement(By.cssSelector("details.filters > summary"));
		if (summary.isDisplayed()) {
			click("details.filters > summary");
		}
		else {
			((JavascriptExecutor) driver).executeScript("document.querySelector('details.filters').open = true");
		}
	}

	private void setValue(String css, String value) {
		((JavascriptExecutor) driver).executeScript("""
				const el = arguments[0]; el.value = arguments[1];
				el.dispatchEvent(new Event('input', { bubbles: true }));""", find(css), value);
	}

	private void signOut() {
		openMenu();
		click("#logout");
		wait.until(ExpectedConditions.urlContains("/login"));
	}

	/** Fetches a file through the browser's own session, as the download link would. */
	@SuppressWarnings("unchecked")
	private Download download(String href) {
		List<Object> r = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' }).then(async r => {
				  const b = new Uint8Array(await r.arrayBuffer());
				  let s = '';
				  for (let i = 0; i < b.length; i += 0x8000) { s += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000)); }
				  done([r.status, r.headers.get('content-type') || '', btoa(s)]);
				}).catch(e => done([0, String(e), '']));""", href);
		return new Download(((Number) r.get(0)).intValue(), (String) r.get(1),
				Base64.getDecoder().decode((String) r.get(2)));
	}

	/** A screenshot of the step with the element at the top of the screen (a phone shows one part at a time). */
	private void shot(String name, int px, int docsWidth, String css) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({ block: 'start', behavior: 'instant' })",
				find(css));
		shot(name, px, docsWidth);
	}

	/**
	 * A screenshot of the step. The width the user guide shows goes through {@link #screenshot} (docs/images with
	 * -Dscreenshots.docs=true); the other width only to target/screenshots, to look at.
	 */
	private void shot(String name, int px, int docsWidth) {
		// whatever the step, the page fits the screen: only wide tables scroll, inside their own box
		Long overflow = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow).as("%s: the page is wider than the screen", name).isLessThanOrEqualTo(0L);
		if (px == docsWidth) {
			screenshot(name + "-" + px);
			return;
		}
		try {
			Path dir = Path.of("target/screenshots");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name + "-" + px + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
