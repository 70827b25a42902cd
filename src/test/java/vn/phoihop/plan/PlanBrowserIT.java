package vn.phoihop.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.shared.web.DateText;
import vn.phoihop.support.BrowserTest;

/**
 * Planning a month and working to it, on a phone and on a computer: the commander returns this year's plan of Dân
 * Hóa to draft, adds an item for today, approves the plan again, logs an activity under that item (offered by the
 * activity form for the month), and finds both on the work calendar, as a list on a phone and a month grid on a
 * computer. Screenshots for the user guide (docs/user-guide.md §12).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class PlanBrowserIT extends BrowserTest {

	private long pageWidth() {
		return ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth")).longValue();
	}

	private long danHoaPlan() {
		return jdbc.queryForObject("""
				select p.id from coordination_plan p join agreement_commune ac on ac.agreement_id = p.agreement_id
				join commune c on c.id = ac.commune_id where c.code = 'DANHOA2025' and p.year = ?""", Long.class,
				LocalDate.now().getYear());
	}

	/** The month planned, an activity logged under it, the calendar; at the given width, with its screenshots. */
	private void planAMonthAndWorkToIt(int px) {
		String title = "Tuyên truyền chống xuất cảnh trái phép " + px + " " + System.nanoTime() % 100000;
		LocalDate today = LocalDate.now();
		long plan = danHoaPlan();
		width(px);
		signIn("chihuy.ramai", "Demo@2026");
		openMenu();
		click("#nav-planning");
		click("#nav-plans");
		wait.until(d -> d.getCurrentUrl().endsWith("/plans"));
		click("a[href='/plans/" + plan + "']");
		wait.until(d -> d.getCurrentUrl().endsWith("/plans/" + plan));

		// back to draft, with the reason
		find("#reason").sendKeys("Bổ sung nội dung tháng " + today.getMonthValue());
		click("#plan-reopen");
		wait.until(d -> find("#plan-status").getText().equals("Dự thảo"));

		// plan the month: an item for today
		click("#add-" + today.getMonthValue());
		wait.until(d -> d.getCurrentUrl().contains("/items/new"));
		find("#title").sendKeys(title);
		new Select(find("#contentArea")).selectByValue("OUTREACH_LEGAL");
		find("#plannedOn").sendKeys(DateText.DAY.format(today));
		find("#place").sendKeys("Nhà văn hóa bản Ra Mai");
		find("#expectedParticipants").sendKeys("60");
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
		if (px == PHONE) {
			screenshot("ke-hoach-them-noi-dung-360");
		}
		click("#item-save");
		wait.until(d -> d.getCurrentUrl().contains("/plans/" + plan) && !d.getCurrentUrl().contains("/items"));
		assertThat(find("#month-" + today.getMonthValue()).getText()).contains(title);

		click("#plan-approve");
		wait.until(d -> find("#plan-status").getText().equals("Đã phê duyệt"));
		((JavascriptExecutor) driver).executeScript(
				"document.getElementById(arguments[0]).scrollIntoView({block:'start', behavior:'instant'})",
				"month-" + today.getMonthValue());
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
		if (px == DESKTOP) {
			screenshot("ke-hoach-nam-1280");
		}

		// log an activity under it: the form offers the month's open items
		open("/activities/new");
		new Select(find("#type")).selectByValue("OUTREACH");
		new Select(find("#communeId")).selectByVisibleText("Dân Hóa");
		WebElement option = wait.until(d -> d.findElements(By.cssSelector("#plannedItemId option")).stream()
			.filter(o -> o.getText().contains(title)).findFirst().orElse(null));
		new Select(find("#plannedItemId")).selectByValue(option.getAttribute("value"));
		click("input[name=villageIds]");
		new Select(find("#contentArea")).selectByValue("OUTREACH_LEGAL");
		find("#attendeeCount").sendKeys("58");
		String activity = "Buổi tuyên truyền theo kế hoạch " + px + " " + System.nanoTime() % 100000;
		find("#title").sendKeys(activity);
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
		((JavascriptExecutor) driver).executeScript(
				"document.getElementById('plannedItem-field').scrollIntoView({block:'center', behavior:'instant'})");
		if (px == PHONE) {
			screenshot("hoat-dong-theo-ke-hoach-360");
		}
		click("button[name=action][value=submit]");
		wait.until(d -> d.getCurrentUrl().matches(".*/activities/\\d+$"));
		assertThat(find("#planned-item-link").getText()).contains(title);
		assertThat(jdbc.queryForObject("select i.status from planned_item i where i.title = ?", String.class, title))
			.as("linking marks nothing done").isEqualTo("OPEN");

		// the calendar: the item and the activity on today
		openMenu();
		click("#nav-planning");
		click("#nav-calendar");
		wait.until(d -> d.getCurrentUrl().contains("/calendar"));
		WebElement day = find("#calendar-grid li[data-date='" + today + "']");
		assertThat(day.getText()).contains(title, activity);
		assertThat(driver.findElements(By.cssSelector("#calendar-grid .calendar-head")).get(0).isDisplayed())
			.as("the weekday heads of the grid").isEqualTo(px >= 768);
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", day);
		screenshot("lich-cong-tac-" + px);
		day.findElement(By.partialLinkText(title)).click();
		wait.until(d -> d.getCurrentUrl().matches(".*/plans/" + plan + "/items/\\d+$"));
		assertThat(find("#item-activities").getText()).contains(activity);
	}

	@Test
	void planAMonthLogAnActivityUnderItAndSeeBothOnTheCalendarOnAPhone() {
		planAMonthAndWorkToIt(PHONE);
	}

	@Test
	void planAMonthLogAnActivityUnderItAndSeeBothOnTheCalendarOnAComputer() {
		planAMonthAndWorkToIt(DESKTOP);
	}

}
