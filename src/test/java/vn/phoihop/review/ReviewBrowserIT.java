package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.BrowserTest;

/** The commander concludes a month in the browser and downloads the printed conclusion. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class ReviewBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCommanderConcludesAMonthAndDownloadsThePdf() {
		jdbc.update("""
				insert into activity (type, activity_date, commune_id, content_area, title, part_border_guard, part_militia,
				  logged_by, status)
				select 'PATROL', ?, id, 'BORDER_SOVEREIGNTY', 'Tuần tra trình duyệt 2016-09', 5, 2, 'canbo.ramai', 'SUBMITTED'
				from commune where code = 'DANHOA2025'""", Date.valueOf(LocalDate.of(2016, 9, 14)));
		width(DESKTOP);
		signIn("chihuy.ramai", "Demo@2026");
		open("/reviews/RAMAI/2016-09");
		assertThat(find("#review-status").getText()).isEqualTo("Đang mở");
		assertThat(find("#review-figures").getText()).contains("Dân Hóa");

		find("#conclusion-BORDER_SOVEREIGNTY").sendKeys("Duy trì tuần tra đường biên, cột mốc");
		press("#conclusions-save");
		wait.until(d -> bodyText().contains("Đã lưu kết luận."));

		find("#conclusionNumber").clear();
		find("#conclusionNumber").sendKeys("9-KL/ĐU");
		press("#conclude-submit");
		wait.until(d -> bodyText().contains("Đã kết luận tháng"));
		assertThat(find("#review-status").getText()).isEqualTo("Đã kết luận");
		screenshot("ket-luan-thang");

		String href = find("#review-pdf").getAttribute("href");
		assertThat(href).endsWith("/reviews/RAMAI/2016-09/pdf");
		Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type')
				  + ' ' + b.byteLength))).catch(e => done('error ' + e));""", href);
		String[] parts = String.valueOf(answer).split(" ");
		assertThat(parts[0]).isEqualTo("200");
		assertThat(parts[1]).isEqualTo("application/pdf");
		assertThat(Integer.parseInt(parts[2])).isGreaterThan(1000);
	}

	/** Presses a button from the keyboard (focus + Enter), as a user tabbing through the long page would. */
	private void press(String css) {
		var button = find(css);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].focus();",
				button);
		button.sendKeys(Keys.ENTER);
	}

}
