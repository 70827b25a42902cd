package vn.phoihop.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.shared.web.NumberText;
import vn.phoihop.support.BrowserTest;

/**
 * A list printed as a clean list (issue 21 §10), in the browser: the "In danh sách" link opens every row of the
 * filter with a heading that describes it, the print dialog opens by itself, and the printed page (Chromium's own PDF
 * of the print media) has no menu, no filter form, no button and no pager.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class PrintBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHouseholdListPrintsAsACleanListOfItsFilter() throws IOException {
		ChromeDriver chrome = (ChromeDriver) driver;
		// window.print() counted instead of opening the dialog, on every page this browser opens
		chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
				"window.__printed = 0; window.print = function () { window.__printed++; };"));
		width(DESKTOP);
		signIn("xa.danhoa", "Demo@2026");
		open("/households?status=POOR");
		long poor = Long.parseLong(find("#totals").getText().replaceAll("^\\D*([\\d.]+) hộ.*$", "$1").replace(".", ""));
		assertThat(((JavascriptExecutor) driver).executeScript("return window.__printed")).isEqualTo(0L);
		click("#print-link");
		wait.until(ExpectedConditions.urlContains("print=1"));
		assertThat(driver.getCurrentUrl()).contains("status=POOR");
		wait.until(d -> Long.valueOf(1).equals(((JavascriptExecutor) d).executeScript("return window.__printed")));
		assertThat(find("#print-filter").getText()).isEqualTo("Bộ lọc: Tình trạng nghèo: Hộ nghèo");
		assertThat(find("#print-count").getText()).isEqualTo(new NumberText().i(poor) + " dòng.")
			.isNotEqualTo("0 dòng.");
		assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).hasSize((int) Math.min(poor, 1000));
		screenshot("in-danh-sach-ho-1280");

		// the printed page, as Chromium prints it
		String pdf = (String) chrome.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false)).get("data");
		byte[] bytes = Base64.getDecoder().decode(pdf);
		Path out = Path.of("target/screenshots/in-danh-sach-ho.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, bytes);
		String text;
		try (var document = Loader.loadPDF(bytes)) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("Hộ gia đình").contains("Bộ lọc: Tình trạng nghèo: Hộ nghèo")
			.contains("Dân tộc").contains("Cán bộ phụ trách")
			.doesNotContain("Đăng xuất").doesNotContain("Tổng quan").doesNotContain("Áp dụng")
			.doesNotContain("Quay lại danh sách").doesNotContain("Xuất CSV").doesNotContain("Trang 1/");
	}

	@Test
	void theActivityLogPrintsTheFilterAppliedOnThePage() {
		((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
				"window.__printed = 0; window.print = function () { window.__printed++; };"));
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		open("/activities");
		// the filter applied without a reload (htmx): the address changes, the link drawn with the page did not
		click("details.filters summary");
		new Select(find("#f-type")).selectByValue("PATROL");
		click("form[role=search] button[type=submit]");
		wait.until(ExpectedConditions.urlContains("type=PATROL"));
		click("#print-link");
		wait.until(ExpectedConditions.urlContains("print=1"));
		assertThat(driver.getCurrentUrl()).contains("type=PATROL");
		wait.until(d -> Long.valueOf(1).equals(((JavascriptExecutor) d).executeScript("return window.__printed")));
		assertThat(find("#print-filter").getText()).isEqualTo("Bộ lọc: Loại hoạt động: Tuần tra");
		assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).isNotEmpty()
			.allSatisfy(tr -> assertThat(tr.getText()).contains("Tuần tra"));
		screenshot("in-nhat-ky-hoat-dong-360");
	}

	@Test
	void theAuditListPrintsToo() {
		((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
				"window.__printed = 0; window.print = function () { window.__printed++; };"));
		width(PHONE);
		signIn("admin", "Demo@2026");
		open("/audit?action=EXPORT");
		click("#print-link");
		wait.until(ExpectedConditions.urlContains("print=1"));
		wait.until(d -> Long.valueOf(1).equals(((JavascriptExecutor) d).executeScript("return window.__printed")));
		assertThat(find("#print-filter").getText()).isEqualTo("Bộ lọc: Thao tác: Xuất dữ liệu");
		long exports = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'", Long.class);
		assertThat(driver.findElements(By.cssSelector("#audit tbody tr"))).hasSize((int) Math.max(1, Math.min(exports, 1000)));
	}

}
