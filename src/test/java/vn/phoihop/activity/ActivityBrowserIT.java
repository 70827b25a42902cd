package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

		open("/activities?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
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
		open("/activities/new");
		new Select(find("#type")).selectByValue("OUTREACH");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendeeCount")));
		find("#title").sendKeys(title);
		find("#attendeeCount").sendKeys("42");

		var chrome = (org.openqa.selenium.chromium.HasNetworkConditions) driver;
		var offline = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
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

}
