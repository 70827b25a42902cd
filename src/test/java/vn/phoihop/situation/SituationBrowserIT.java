package vn.phoihop.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.support.BrowserTest;

/**
 * The register on a phone and on a computer: a commune official logs an item and follows it to "handled", logs a
 * patrol with a marker's condition and a finding; the commander's month opens with its security situation; the
 * border's schematic. The user guide's pictures (docs/images, -Dscreenshots.docs=true) are taken here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class SituationBrowserIT extends BrowserTest {

	private long pageWidth() {
		return ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth")).longValue();
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { PHONE, DESKTOP })
	void aCommuneOfficialLogsAnItemAndFollowsItToHandled(int px) {
		String summary = SituationTest.unique("Người lạ hỏi đường lên mốc");
		width(px);
		signIn("xa.danhoa", "Demo@2026");
		open("/situation");
		if (px == PHONE) {
			find("details.filters summary"); // the filters are folded on a phone
			assertThat(driver.findElement(By.id("f-categoryId")).isDisplayed()).isFalse();
		}
		click("#situation-new");
		new Select(find("#categoryId")).selectByVisibleText("Xuất nhập cảnh trái phép");
		new Select(find("#source")).selectByVisibleText("Người dân");
		new Select(find("#severity")).selectByVisibleText("Cần chú ý");
		find("#occurredTime").sendKeys("07:30");
		find("#summary").sendKeys(summary);
		find("#whatHappened").sendKeys("Hai người lạ hỏi đường lên khu vực mốc, không xuất trình giấy tờ.");
		shot(px, "tinh-hinh-ghi-tin");
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
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
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
		shot(px, "tinh-hinh-da-xu-ly");
		assertThat(jdbc.queryForObject("select status from situation_item where summary = ?", String.class, summary))
			.isEqualTo("HANDLED");
	}

	/** The user guide's pictures are taken on a phone; at 1280 px the same steps are checked without one. */
	private void shot(int px, String name) {
		if (px == PHONE) {
			screenshot(name + "-360");
		}
	}

	/** Scrolls the element to the top of the window, the field being typed in left (for a picture). */
	private void scrollTo(String css) {
		((JavascriptExecutor) driver).executeScript("document.activeElement.blur();"
				+ "arguments[0].scrollIntoView({block:'start', behavior:'instant'}); window.scrollBy(0, -8);", find(css));
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { PHONE, DESKTOP })
	void aCommuneOfficialLogsAPatrolWithAMarkersConditionAndAFinding(int px) {
		String title = SituationTest.unique("Tuần tra đường biên, cột mốc");
		String finding = SituationTest.unique("Dấu vết đào bới gần chân mốc");
		width(px);
		signIn("xa.danhoa", "Demo@2026");
		open("/activities/new");
		new Select(find("#type")).selectByValue("PATROL");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("borderGuard")));
		click("input[name=villageIds]");
		find("#borderGuard").sendKeys("3");
		find("#militia").sendKeys("4");
		new Select(find("#patrolKind")).selectByValue("REGULAR");
		find("#distanceKm").sendKeys("12");
		find("#durationHours").sendKeys("6");
		find("#title").sendKeys(title);
		scrollTo("label[for=patrolKind]");
		shot(px, "tuan-tra-ghi");
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
		click("button[name=action][value=submit]");
		wait.until(d -> d.getCurrentUrl().matches(".*/activities/\\d+$"));
		long patrol = jdbc.queryForObject("select id from activity where title = ?", Long.class, title);

		click("#patrol-route");
		wait.until(d -> d.getCurrentUrl().endsWith("/situation/patrols/" + patrol));
		var markers = driver.findElements(By.cssSelector("#conditions select"));
		assertThat(markers).hasSizeGreaterThanOrEqualTo(2);
		new Select(markers.get(0)).selectByValue("INTACT");
		new Select(markers.get(1)).selectByValue("NEEDS_CLEARING");
		find("#inspectedBy").clear();
		find("#inspectedBy").sendKeys("Tổ tuần tra của xã và dân quân");
		new Select(find("[id='findings0.categoryId']")).selectByVisibleText("Vi phạm mốc quốc giới, đường biên giới");
		new Select(find("[id='findings0.severity']")).selectByVisibleText("Cần chú ý");
		find("[id='findings0.summary']").sendKeys(finding);
		find("[id='findings0.whatHappened']").sendKeys("Đất quanh chân mốc bị đào xới, chưa rõ nguyên nhân.");
		scrollTo("#conditions");
		shot(px, "tuan-tra-ket-qua");
		scrollTo("[id='findings0.categoryId']");
		shot(px, "tuan-tra-phat-hien");
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
		click("#patrol-save");
		wait.until(d -> find("#patrol-found").getText().contains(finding));

		// the finding is an item of the register, linked to the patrol; the conditions, the markers' inspections
		assertThat(jdbc.queryForObject("select count(*) from situation_item where summary = ? and activity_id = ? "
				+ "and source = 'POST_PATROL'", Integer.class, finding, patrol)).isEqualTo(1);
		assertThat(jdbc.queryForList("select condition from marker_inspection where activity_id = ? order by id",
				String.class, patrol)).containsExactly("INTACT", "NEEDS_CLEARING");
		click("#patrol-found a");
		wait.until(d -> d.getCurrentUrl().matches(".*/situation/\\d+$"));
		assertThat(bodyText()).contains(finding);
	}

	/** The commander's month opens with its security situation: the picture of the user guide's section. */
	@Test
	void theMonthPageOpensWithItsSecuritySituation() {
		width(DESKTOP);
		signIn("chihuy.ramai", "Demo@2026");
		open("/reviews/RAMAI/" + YearMonth.now().minusMonths(1));
		find("#review-situation-figures");
		assertThat(find("#review-situation-title").getText()).contains("đã chốt khi kết luận");
		assertThat(driver.findElements(By.cssSelector("#review-situation-figures tbody tr")).size()).isPositive();
		find("#review-marker-coverage");
		assertThat(pageWidth()).isLessThanOrEqualTo(DESKTOP);
		scrollTo("#review-situation");
		screenshot("ket-luan-tinh-hinh-1280");
		width(PHONE);
		open("/reviews/RAMAI/" + YearMonth.now().minusMonths(1));
		find("#review-situation-figures");
		assertThat(pageWidth()).as("the wide table scrolls in its own region").isLessThanOrEqualTo(PHONE);
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
