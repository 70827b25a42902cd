package vn.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.support.BrowserTest;

/**
 * Recording support to a sponsored child (issue 24 §7) on a 360 px phone and a 1280 px screen: a commune official
 * opens "Nâng bước em tới trường", one of the pupils of their commune, and records the school supplies given; the
 * household form's member rows added and removed in the page; an economic model's substance. Screenshots for the
 * user guide (docs/images with -Dscreenshots.docs=true).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class ProgrammeBrowserIT extends BrowserTest {

	private long pageWidth() {
		return ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth")).longValue();
	}

	@Test
	void aCommuneOfficialRecordsSupportToASponsoredChildOnAPhone() {
		recordSupport(PHONE);
	}

	@Test
	void aCommuneOfficialRecordsSupportToASponsoredChildOnAWideScreen() {
		recordSupport(DESKTOP);
	}

	private void recordSupport(int px) {
		width(px);
		signIn("xa.danhoa", "Demo@2026");
		open("/");
		openMenu();
		click("#nav-population");
		click("#nav-programmes");
		wait.until(d -> d.getCurrentUrl().endsWith("/programmes"));
		find("#programme-totals");
		screenshot("chuong-trinh-danh-sach-" + px);
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
		long school = jdbc.queryForObject("select min(id) from programme where name = ?", Long.class,
				ProgrammeFixtures.SCHOOL);
		click(".programme-row a[href$='/programmes/" + school + "']");
		wait.until(d -> find("#programme-name").getText().equals(ProgrammeFixtures.SCHOOL));
		String child = find(".beneficiary-row a").getText();
		((JavascriptExecutor) driver).executeScript(
				"document.getElementById('programme-name').scrollIntoView({block:'start', behavior:'instant'})");
		if (px == PHONE) {
			((JavascriptExecutor) driver).executeScript(
					"document.getElementById('beneficiary-totals').scrollIntoView({block:'start', behavior:'instant'})");
		}
		screenshot("chuong-trinh-nguoi-thu-huong-" + px);
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
		click(".beneficiary-row a");
		wait.until(d -> d.getCurrentUrl().matches(".*/programmes/\\d+/beneficiaries/\\d+$"));
		assertThat(find("#beneficiary-name").getText()).isEqualTo(child);
		long beneficiary = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
		long before = count(beneficiary);
		String giver = "Chi đoàn Đồn Biên phòng Ra Mai " + px;
		try {
			new Select(find("#kind")).selectByValue("SCHOOL_SUPPLIES");
			find("#quantity").sendKeys("1");
			find("#unit").sendKeys("bộ");
			find("#valueDong").sendKeys("400000");
			find("#givenBy").sendKeys(giver);
			((JavascriptExecutor) driver).executeScript(
					"document.getElementById('support-form').scrollIntoView({block:'start', behavior:'instant'})");
			screenshot("chuong-trinh-ghi-ho-tro-" + px);
			assertThat(pageWidth()).isLessThanOrEqualTo(px);
			click("#support-save");
			wait.until(d -> bodyText().contains("Đã ghi hỗ trợ."));
			assertThat(count(beneficiary)).isEqualTo(before + 1);
			assertThat(find("#supports").getText()).contains("Đồ dùng, sách vở học tập").contains("400.000");
			if (px == DESKTOP) {
				assertThat(find("#supports").getText()).contains(giver);
			}
			assertThat(pageWidth()).isLessThanOrEqualTo(px);
			screenshot("chuong-trinh-da-ghi-ho-tro-" + px);
		}
		finally {
			jdbc.update("delete from programme_support where beneficiary_id = ? and given_by = ?", beneficiary, giver);
		}
	}

	private long count(long beneficiary) {
		return jdbc.queryForObject("select count(*) from programme_support where beneficiary_id = ?", Long.class,
				beneficiary);
	}

	@Test
	void theHouseholdFormAddsAndRemovesMemberRowsInThePage() {
		String head = "Hồ Văn Thành " + System.nanoTime() % 100000;
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		open("/households/new");
		new Select(find("#villageId")).selectByIndex(1);
		find("#headName").sendKeys(head);
		new Select(find("#ethnicity")).selectByValue("CHUT");
		click("#member-add");
		click("#member-add");
		click("#member-add");
		assertThat(driver.findElements(By.cssSelector("#member-rows [data-member-row]"))).hasSize(3);
		find("#m0-name").sendKeys(head);
		find("#m0-year").sendKeys("1986");
		new Select(find("#m0-sex")).selectByValue("MALE");
		new Select(find("#m0-relation")).selectByValue("HEAD");
		find("#m1-name").sendKeys("Người nhập nhầm");
		find("#m2-name").sendKeys("Hồ Thị Nga");
		find("#m2-year").sendKeys("2015");
		new Select(find("#m2-sex")).selectByValue("FEMALE");
		new Select(find("#m2-relation")).selectByValue("CHILD");
		new Select(find("#m2-school")).selectByValue("PRIMARY");
		// the row typed by mistake is removed in the page: no request, the others kept
		click("#member-rows [data-member-row]:nth-child(2) [data-member-remove]");
		assertThat(driver.findElements(By.cssSelector("#member-rows [data-member-row]"))).hasSize(2);
		assertThat(find("#m2-name").getAttribute("value")).isEqualTo("Hồ Thị Nga");
		((JavascriptExecutor) driver).executeScript(
				"document.getElementById('member-list').scrollIntoView({block:'start', behavior:'instant'})");
		screenshot("ho-thanh-vien-nhap-360");
		assertThat(pageWidth()).isLessThanOrEqualTo(PHONE);
		find("#headName").submit();
		wait.until(d -> d.getCurrentUrl().matches(".*/households/\\d+$"));
		long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
		try {
			assertThat(jdbc.queryForObject("select members from household where id = ?", Integer.class, id))
				.isEqualTo(2);
			List<String> names = jdbc.queryForList(
					"select full_name from household_member where household_id = ? order by position", String.class, id);
			assertThat(names).containsExactly(head, "Hồ Thị Nga");
			((JavascriptExecutor) driver).executeScript(
					"document.getElementById('members').scrollIntoView({block:'start', behavior:'instant'})");
			assertThat(find("#members").getText()).contains("Hồ Thị Nga").contains("Tiểu học");
			screenshot("ho-thanh-vien-360");
		}
		finally {
			jdbc.update("delete from household where id = ?", id);
		}
	}

	@Test
	void anEconomicModelShowsItsSupportScaleAndResults() {
		width(DESKTOP);
		signIn("xa.danhoa", "Demo@2026");
		long goats = jdbc.queryForObject("select id from economic_model where name = 'Mô hình nuôi dê lấy thịt'",
				Long.class);
		open("/models/" + goats);
		assertThat(find("#model-livestock").getText()).contains("Dê: 260 con");
		assertThat(find("#supports").getText()).contains("con dê giống");
		assertThat(find("#results").getText()).contains("con xuất chuồng");
		screenshot("mo-hinh-kinh-te-1280");
	}

}
