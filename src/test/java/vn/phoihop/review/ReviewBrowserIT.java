package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.BrowserTest;

/**
 * The commander's month page in the browser (issue 21): the typing of one part survives another part's button and
 * the page stays at the part pressed; a send lost on the way leaves a draft to restore; concluding goes through its
 * confirmation page, asks a reason for the missing reports, and the printed conclusion follows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class ReviewBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theConclusionsTypedSurviveAddingATargetAndThePageStaysAtTheTargets() {
		width(DESKTOP);
		signIn("chihuy.ramai", "Demo@2026");
		open("/reviews/RAMAI/2016-10");
		String conclusion = "Duy trì tuần tra đường biên, cột mốc; chưa bấm Lưu kết luận";
		find("#conclusion-BORDER_SOVEREIGNTY").sendKeys(conclusion);
		new Select(find("#contentArea")).selectByValue("BORDER_SOVEREIGNTY");
		find("#indicator").sendKeys("Tuần tra cột mốc 2016-10");
		new Select(find("#metric")).selectByValue("PATROLS");
		find("#targetValue").sendKeys("6");
		find("#unit").sendKeys("đợt");
		click("#target-add");

		wait.until(ExpectedConditions.urlContains("#targets"));
		assertThat(find("#targets").getText()).contains("Đã thêm chỉ tiêu tháng tới.").contains("Tuần tra cột mốc 2016-10");
		// the conclusions are still there, saved with the target
		assertThat(find("#conclusion-BORDER_SOVEREIGNTY").getAttribute("value")).isEqualTo(conclusion);
		assertThat(jdbc.queryForList("""
				select c.text from review_conclusion c join monthly_review r on r.id = c.review_id
				where r.month = '2016-10-01'""", String.class)).containsExactly(conclusion);
		// the page is at the targets, not at its top
		assertAtTopOfTheScreen("#targets");
		// the save was accepted: no draft is offered
		assertThat(driver.findElements(By.cssSelector("[data-draft-restore]"))).isEmpty();
		screenshot("ke-hoach-thang-chi-tieu-1280");

		// Enter in a task's field gives that task, and the page comes back to the tasks
		new Select(find("#cadreId")).selectByIndex(1);
		find("#description").sendKeys("Kiểm tra cột mốc số 5 (Enter)" + Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("#tasks"));
		assertThat(find("#tasks").getText()).contains("Đã giao nhiệm vụ.").contains("Kiểm tra cột mốc số 5 (Enter)");
		assertAtTopOfTheScreen("#tasks");
		assertThat(find("#conclusion-BORDER_SOVEREIGNTY").getAttribute("value")).isEqualTo(conclusion);

		// on a phone, the same page: the form fits the screen
		width(PHONE);
		open("/reviews/RAMAI/2016-10#targets");
		assertFits();
		screenshot("ke-hoach-thang-chi-tieu-360");
	}

	@Test
	void aSendLostOnTheWayLeavesTheTypingToRestore() {
		width(DESKTOP);
		signIn("chihuy.ramai", "Demo@2026");
		open("/reviews/RAMAI/2016-11");
		String conclusion = "Kết luận gõ khi mất mạng 2016-11";
		find("#conclusion-OUTREACH_LEGAL").sendKeys(conclusion);
		new Select(find("#contentArea")).selectByValue("OUTREACH_LEGAL");
		find("#indicator").sendKeys("Buổi tuyên truyền tại bản xa");
		find("#targetValue").sendKeys("3");

		var chrome = (HasNetworkConditions) driver;
		var offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		chrome.setNetworkConditions(offline);
		click("#target-add");
		wait.until(d -> d.findElements(By.id("plan-form")).isEmpty());
		chrome.deleteNetworkConditions();
		assertThat(jdbc.queryForObject("select count(*) from monthly_review where month = '2016-11-01'", Integer.class))
			.as("nothing reached the server").isZero();

		open("/reviews/RAMAI/2016-11");
		screenshot("ke-hoach-thang-ban-nhap-1280");
		click("[data-draft-restore]");
		assertThat(find("#conclusion-OUTREACH_LEGAL").getAttribute("value")).isEqualTo(conclusion);
		assertThat(find("#indicator").getAttribute("value")).isEqualTo("Buổi tuyên truyền tại bản xa");
		assertThat(find("#targetValue").getAttribute("value")).isEqualTo("3");
		// sent again, it is saved once, and the draft is gone
		click("#target-add");
		wait.until(ExpectedConditions.urlContains("#targets"));
		assertThat(find("#targets").getText()).contains("Buổi tuyên truyền tại bản xa");
		open("/reviews/RAMAI/2016-11");
		assertThat(find("#conclusion-OUTREACH_LEGAL").getAttribute("value")).isEqualTo(conclusion);
		assertThat(driver.findElements(By.cssSelector("[data-draft-restore]"))).isEmpty();
	}

	@Test
	void theCommanderConfirmsTheConclusionGivesTheReasonForTheMissingReportsAndDownloadsThePdf() {
		jdbc.update("""
				insert into activity (type, activity_date, commune_id, content_area, title, part_border_guard, part_militia,
				  logged_by, status)
				select 'PATROL', ?, id, 'BORDER_SOVEREIGNTY', 'Tuần tra trình duyệt 2016-09', 5, 2, 'canbo.ramai', 'SUBMITTED'
				from commune where code = 'DANHOA2025'""", Date.valueOf(LocalDate.of(2016, 9, 14)));
		for (int px : new int[] { PHONE, DESKTOP }) {
			width(px);
			if (px == PHONE) {
				signIn("chihuy.ramai", "Demo@2026");
			}
			open("/reviews/RAMAI/2016-09");
			assertThat(find("#review-status").getText()).isEqualTo("Đang mở");
			assertThat(find("#review-figures").getText()).contains("Dân Hóa");
			if (px == PHONE) {
				find("#conclusion-BORDER_SOVEREIGNTY").sendKeys("Duy trì tuần tra đường biên, cột mốc");
			}
			// "Kết luận tháng…" saves the typing and opens the confirmation page: nothing is concluded yet
			click("#conclude-start");
			wait.until(ExpectedConditions.urlMatches("/reviews/RAMAI/2016-09/conclude$"));
			assertThat(find("#conclude-unreported").getText()).contains("Dân Hóa").contains("Tuyên Lâm");
			assertThat(jdbc.queryForObject("select status from monthly_review where month = '2016-09-01'", String.class))
				.isEqualTo("OPEN");
			assertFits();
			screenshot("xac-nhan-ket-luan-" + px);
			if (px == PHONE) {
				click("#conclude-cancel");
				wait.until(ExpectedConditions.urlMatches("/reviews/RAMAI/2016-09$"));
				assertThat(find("#conclusion-BORDER_SOVEREIGNTY").getAttribute("value"))
					.isEqualTo("Duy trì tuần tra đường biên, cột mốc");
			}
		}
		// the number is the register's, shown read-only
		String number = find("#conclusionNumber").getAttribute("value");
		assertThat(number).endsWith("-KL/ĐU");
		press("#conclude-submit");
		// no reason: refused next to the field, the number still shown
		wait.until(d -> !d.findElements(By.id("reason-error")).isEmpty());
		assertThat(find("#reason-error").getText()).contains("hãy ghi lý do");
		assertThat(find("#conclusionNumber").getAttribute("value")).isEqualTo(number);
		find("#reason").sendKeys("Hai xã báo cáo trực tiếp tại hội nghị giao ban");
		press("#conclude-submit");
		wait.until(d -> bodyText().contains("Đã kết luận tháng"));
		assertThat(find("#review-status").getText()).isEqualTo("Đã kết luận");
		assertThat(find("#review-history").getText()).contains("Hai xã báo cáo trực tiếp tại hội nghị giao ban");
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

		// reopening is confirmed on its own page too
		click("#reopen-start");
		wait.until(ExpectedConditions.urlMatches("/reviews/RAMAI/2016-09/reopen$"));
		assertThat(find("#reopen-effects").getText()).contains(number);
		screenshot("xac-nhan-mo-lai-1280");
		click("#reopen-cancel");
		wait.until(ExpectedConditions.urlMatches("/reviews/RAMAI/2016-09$"));
		assertThat(find("#review-status").getText()).isEqualTo("Đã kết luận");
	}

	@Test
	void aTaskMarkedDoneBringsThePhoneBackToItsCardAndAnotherCardsTypingIsOffered() {
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		long cadre = jdbc.queryForObject("select c.id from cadre c join app_user u on u.id = c.user_id "
				+ "where u.username = 'canbo.ramai'", Long.class);
		long review = jdbc.queryForObject("insert into monthly_review (post_id, month) values (?, '2016-12-01') "
				+ "returning id", Long.class, post);
		long[] tasks = new long[2];
		for (int i = 0; i < 2; i++) {
			tasks[i] = jdbc.queryForObject("""
					insert into review_task (review_id, cadre_id, due_date, description)
					values (?, ?, '2017-01-31', ?) returning id""", Long.class, review, cadre, "Nhiệm vụ thẻ " + i);
		}
		width(PHONE);
		signIn("canbo.ramai", "Demo@2026");
		open("/tasks");
		find("#result-" + tasks[0]).sendKeys("Ghi dở ở thẻ đầu");
		find("#result-" + tasks[1]).sendKeys("Đã kiểm tra xong");
		click("#task-" + tasks[1] + " button[type=submit]");

		wait.until(ExpectedConditions.urlContains("#task-" + tasks[1]));
		assertThat(find("#task-" + tasks[1]).getText()).contains("Đã ghi nhận hoàn thành nhiệm vụ.")
			.contains("Đã kiểm tra xong");
		String onScreen = "const r = arguments[0].getBoundingClientRect(); "
				+ "return [r.top, window.scrollY, r.top >= -2 && r.top < window.innerHeight - 40];";
		try {
			wait.until(d -> Boolean.TRUE.equals(((List<?>) ((JavascriptExecutor) d).executeScript(onScreen,
					find("#task-" + tasks[1]))).get(2)));
		}
		catch (TimeoutException ex) {
			screenshot("nhiem-vu-hoan-thanh-loi-360");
		}
		List<?> at = (List<?>) ((JavascriptExecutor) driver).executeScript(onScreen, find("#task-" + tasks[1]));
		assertThat((Boolean) at.get(2)).as("the card marked done is on the screen: %s", at).isTrue();
		// the other card's typing was not sent: offered back
		find("#task-" + tasks[0] + " [data-draft-restore]");
		screenshot("nhiem-vu-hoan-thanh-360");
		click("#task-" + tasks[0] + " [data-draft-restore]");
		assertThat(find("#result-" + tasks[0]).getAttribute("value")).isEqualTo("Ghi dở ở thẻ đầu");
		assertThat(jdbc.queryForObject("select status from review_task where id = ?", String.class, tasks[0]))
			.isEqualTo("OPEN");
	}

	/**
	 * The page has scrolled down to the element: its top at the top of the screen, or, when the page ends before it
	 * could get there, the page scrolled to its end with the element on the screen (Bootstrap scrolls smoothly).
	 */
	private void assertAtTopOfTheScreen(String css) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		String where = """
				const top = arguments[0].getBoundingClientRect().top;
				const end = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
				return [top, window.scrollY, top >= -2 && (top <= 40 || (end && top < window.innerHeight - 80))];""";
		try {
			wait.until(d -> Boolean.TRUE.equals(((List<?>) js.executeScript(where, find(css))).get(2)));
		}
		catch (TimeoutException ex) {
			// the assertions say where it was
		}
		List<?> at = (List<?>) js.executeScript(where, find(css));
		assertThat((Boolean) at.get(2)).as("%s at the top of the screen (top %s)", css, at.get(0)).isTrue();
		assertThat(((Number) at.get(1)).doubleValue()).as("scrolled down to %s", css).isGreaterThan(200.0);
	}

	/** The page is no wider than the screen (wide tables scroll in their own box). */
	private void assertFits() {
		Long overflow = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow).isLessThanOrEqualTo(0L);
	}

	/** Presses a button from the keyboard (focus + Enter), as a user tabbing through the long page would. */
	private void press(String css) {
		var button = find(css);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].focus();",
				button);
		button.sendKeys(Keys.ENTER);
	}

}
