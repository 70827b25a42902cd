package vn.phoihop.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.support.BrowserTest;

/**
 * Adding a reference value (issue 24 §7) on a 360 px phone and a 1280 px screen: the administrator opens the
 * reference data from the menu, adds an activity type (first with a code that is no code and no name: the errors
 * next to the fields, what was typed kept), and finds it in the list. Screenshots for the user guide (docs/images with
 * -Dscreenshots.docs=true).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class ReferenceBrowserIT extends BrowserTest {

	private long pageWidth() {
		return ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth")).longValue();
	}

	@Test
	void theAdministratorAddsAnActivityTypeOnAPhone() {
		addType(PHONE, "TRONG_CAY_XANH");
	}

	@Test
	void theAdministratorAddsAnActivityTypeOnAWideScreen() {
		addType(DESKTOP, "TRONG_CAY");
	}

	private void addType(int px, String code) {
		width(px);
		signIn("admin", "Demo@2026");
		open("/");
		openMenu();
		click("#nav-admin");
		click("#nav-reference");
		wait.until(d -> d.getCurrentUrl().endsWith("/admin/reference"));
		find("#activity-type");
		screenshot("danh-muc-" + px);
		assertThat(pageWidth()).isLessThanOrEqualTo(px);
		try {
			click("#add-activity-type");
			wait.until(d -> d.getCurrentUrl().endsWith("/admin/reference/activity-type/new"));
			find("#code").sendKeys("trồng cây");
			find("#labelEn").sendKeys("Tree planting");
			click("#reference-save");
			wait.until(d -> bodyText().contains("Mã chỉ gồm chữ in hoa không dấu"));
			assertThat(bodyText()).contains("Hãy nhập tên.");
			assertThat(find("#code").getDomProperty("value")).isEqualTo("trồng cây");
			assertThat(find("#labelEn").getDomProperty("value")).isEqualTo("Tree planting");
			screenshot("danh-muc-loi-nhap-" + px);
			assertThat(pageWidth()).isLessThanOrEqualTo(px);

			find("#code").clear();
			find("#code").sendKeys(code);
			find("#labelVi").sendKeys("Trồng cây xanh cùng nhân dân");
			click("#hasAttendees1");
			new Select(find("#usualArea")).selectByValue("CULTURE_SOCIETY");
			screenshot("danh-muc-them-loai-hoat-dong-" + px);
			click("#reference-save");
			wait.until(d -> d.getCurrentUrl().contains("/admin/reference") && bodyText().contains("Đã lưu."));
			assertThat(find("#activity-type-" + code).getText()).contains("Trồng cây xanh cùng nhân dân")
				.contains("Đang dùng");
			((JavascriptExecutor) driver).executeScript("document.getElementById('activity-type-" + code
					+ "').scrollIntoView({block:'center', behavior:'instant'})");
			screenshot("danh-muc-da-them-" + px);
			assertThat(pageWidth()).isLessThanOrEqualTo(px);
			assertThat(jdbc.queryForObject("select has_attendees from activity_type where code = ?", Boolean.class,
					code)).isTrue();
		}
		finally {
			// never used by a record: the test leaves the list as it found it
			jdbc.update("delete from activity_type where code = ?", code);
		}
	}

}
