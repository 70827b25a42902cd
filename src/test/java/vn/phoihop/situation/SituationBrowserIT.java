package vn.phoihop.situation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.support.BrowserTest;

/** The register on a phone: a commune official logs an item and follows it to "handled"; the border's schematic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class SituationBrowserIT extends BrowserTest {

	private long pageWidth() {
		return ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth")).longValue();
	}

	@Test
	void aCommuneOfficialLogsAnItemOnAPhoneAndFollowsItToHandled() {
		String summary = SituationTest.unique("Người lạ hỏi đường lên mốc");
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		open("/situation");
		find("details.filters summary"); // the filters are folded on a phone
		assertThat(driver.findElement(By.id("f-categoryId")).isDisplayed()).isFalse();
		click("#situation-new");
		new Select(find("#categoryId")).selectByVisibleText("Xuất nhập cảnh trái phép");
		new Select(find("#source")).selectByVisibleText("Người dân");
		new Select(find("#severity")).selectByVisibleText("Cần chú ý");
		find("#occurredTime").sendKeys("07:30");
		find("#summary").sendKeys(summary);
		find("#whatHappened").sendKeys("Hai người lạ hỏi đường lên khu vực mốc, không xuất trình giấy tờ.");
		screenshot("tinh-hinh-ghi-tin-360");
		assertThat(pageWidth()).isLessThanOrEqualTo(PHONE);
		click("#situation-save");
		wait.until(d -> d.getCurrentUrl().matches(".*/situation/\\d+$"));
		assertThat(find("#situation-status").getText()).isEqualTo("Mới");

		new Select(find("#status")).selectByVisibleText("Đang theo dõi");
		click("#status-save");
		wait.until(d -> find("#situation-status").getText().equals("Đang theo dõi"));
		new Select(find("#status")).selectByVisibleText("Đã xử lý");
		find("#note").sendKeys("Đã xác minh: người đi tìm trâu lạc, đã hướng dẫn quay về.");
		click("#status-save");
		wait.until(d -> find("#situation-status").getText().equals("Đã xử lý"));
		assertThat(bodyText()).contains("Đã xác minh: người đi tìm trâu lạc");
		assertThat(driver.findElements(By.cssSelector("#situation-steps .situation-step"))).hasSize(2);
		assertThat(pageWidth()).isLessThanOrEqualTo(PHONE);
		screenshot("tinh-hinh-da-xu-ly-360");
		assertThat(jdbc.queryForObject("select status from situation_item where summary = ?", String.class, summary))
			.isEqualTo("HANDLED");
	}

	@Test
	void theBorderSegmentIsDrawnWithoutMapTilesAndFitsAPhone() {
		width(PHONE);
		signIn("canbo.ramai", "Demo@2026");
		open("/border");
		find("#border-schematic");
		assertThat(driver.findElements(By.cssSelector("#border-schematic a.marker-link")).size())
			.isGreaterThanOrEqualTo(10);
		assertThat(driver.findElements(By.cssSelector("#markers .overdue-flag")).size()).isGreaterThanOrEqualTo(3);
		assertThat(pageWidth()).isLessThanOrEqualTo(PHONE);
		screenshot("duong-bien-cot-moc-360");
		click("#border-schematic a.marker-link");
		wait.until(d -> d.getCurrentUrl().matches(".*/border/markers/\\d+$"));
		find("#inspection-form");
	}

}
