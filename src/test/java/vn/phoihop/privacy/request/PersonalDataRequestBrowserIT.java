package vn.phoihop.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.shared.web.DateText;
import vn.phoihop.support.BrowserTest;

/**
 * On a phone (360 px), a commune official records a resident's request to see their data, opens the household's data
 * as a PDF from the request's page, and answers it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class PersonalDataRequestBrowserIT extends BrowserTest {

	@Test
	void anOfficialRecordsARequestOnAPhoneOpensItsDataAndAnswersIt() {
		long id = jdbc.queryForObject("""
				select h.id from household h join commune c on c.id = h.commune_id
				where c.code = 'TRONGHOA' and not h.archived order by h.id limit 1""", Long.class);
		String name = jdbc.queryForObject("select head_name from household where id = ?", String.class, id);

		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		openMenu();
		click("#nav-population");
		click("#nav-privacy-requests");
		wait.until(d -> d.getCurrentUrl().endsWith("/privacy/requests"));
		click("#request-new");
		find("#q").sendKeys(name);
		click("#household-search-button");
		click("input[name='householdId'][value='" + id + "']");
		new Select(find("#kind")).selectByValue("ACCESS");
		find("#requesterName").sendKeys("Hồ Văn Khăm");
		find("#receivedOn").clear();
		find("#receivedOn").sendKeys(DateText.DAY.format(LocalDate.now()));
		screenshot("yeu-cau-du-lieu-ghi-nhan-360");
		click("#request-save");
		wait.until(d -> d.getCurrentUrl().matches(".*/privacy/requests/\\d+$"));
		assertThat(bodyText()).contains("Đã ghi nhận yêu cầu.").contains("Xem dữ liệu của mình").contains(name)
			.contains(DateText.DAY.format(LocalDate.now().plusDays(10)));

		// the household's data: the link answers a PDF within the official's session
		String href = find("#request-pdf").getAttribute("href");
		Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
				  + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))));""",
				href);
		assertThat(answer).isEqualTo("200 application/pdf %PDF");

		find("#answer").sendKeys("Đã giao bản dữ liệu của hộ cho ông Khăm");
		click("#request-answer-save");
		wait.until(d -> bodyText().contains("Đã trả lời yêu cầu."));
		assertThat(find("#request-status").getText()).isEqualTo("Đã trả lời");
		screenshot("yeu-cau-du-lieu-tra-loi-360");
	}

}
