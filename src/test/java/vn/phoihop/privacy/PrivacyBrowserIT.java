package vn.phoihop.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.support.BrowserTest;

/**
 * Issue 22 on a 360 px phone: the commune's official sees a household's ethnicity, the post's cadre sees it masked;
 * the official's unmasked export asks for its purpose (a Vietnamese message next to the field when it is empty) and
 * records it; the commander sees on the household's page who looked at it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class PrivacyBrowserIT extends BrowserTest {

	@Test
	void ethnicityIsShownToTheCommuneMaskedToTheCadreAndAFullExportAsksWhyOnAPhone() {
		long id = jdbc.queryForObject("""
				select h.id from household h join commune c on c.id = h.commune_id
				 where c.code = 'TRONGHOA' and not h.archived and h.ethnicity = 'CHUT' order by h.id limit 1""",
				Long.class);
		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		open("/households/" + id);
		assertThat(find("#ethnicity").getText()).contains("Chứt");
		screenshot("ho-gia-dinh-dan-toc-hien-360");
		click("#export-full");
		wait.until(d -> d.getCurrentUrl().contains("/households/export/full"));
		click("#export-purpose button[type=submit]");
		assertThat(find("#purpose-error").getText()).isEqualTo("Vui lòng ghi mục đích xuất dữ liệu đầy đủ.");
		assertThat(find("#purpose").getAttribute("class")).contains("is-invalid");
		screenshot("xuat-day-du-muc-dich-360");
		String purpose = "Danh sách hộ thăm dịp Tết " + System.nanoTime();
		find("#purpose").sendKeys(purpose);
		click("#export-purpose button[type=submit]");
		wait.until(d -> jdbc.queryForObject("""
				select count(*) from privacy_access_log where username = 'xa.danhoa' and kind = 'EXPORT' and unmasked
				   and purpose = ? and household_ids @> array[?]::bigint[]""", Long.class, purpose, id) == 1);

		// the commander sees who looked, on the household's own page
		driver.manage().deleteAllCookies();
		signIn("chihuy.ramai", "Demo@2026");
		open("/households/" + id);
		wait.until(d -> !d.findElements(By.id("access-history-list")).isEmpty());
		assertThat(find("#access-history-list").getText()).contains("xa.danhoa", "Xuất tệp", purpose);
		screenshot("ho-gia-dinh-ai-da-xem-360");

		// the post's cadre sees the mask
		driver.manage().deleteAllCookies();
		signIn("canbo.ramai", "Demo@2026");
		open("/households/" + id);
		assertThat(find("#ethnicity").getText()).doesNotContain("Chứt").contains("•••");
		assertThat(driver.findElements(By.id("access-history"))).isEmpty();
	}

}
