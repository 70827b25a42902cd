package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.BrowserTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class HouseholdBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCommuneOfficialFindsAHouseholdByAnUnaccentedSearchOnAPhoneAndEditsIt() {
		// a household of former Trọng Hóa (within Dân Hóa's scope) with an accented name
		long id = jdbc.queryForObject("""
				select h.id from household h join commune c on c.id = h.commune_id
				where c.code = 'TRONGHOA' and not h.archived and h.head_name ~ '[ăâđêôơưáàảãạ]'
				order by h.id limit 1""", Long.class);
		String name = jdbc.queryForObject("select head_name from household where id = ?", String.class, id);
		String plain = jdbc.queryForObject("select search_key(?)", String.class, name);
		assertThat(plain).isNotEqualTo(name);

		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		open("/households");
		find("#q").sendKeys(plain);
		find("#q").submit();
		wait.until(d -> d.findElement(By.id("results")).getText().contains(name));
		screenshot("ho-gia-dinh-tim-kiem-360");
		click("a[href='/households/" + id + "']");
		wait.until(d -> d.getCurrentUrl().endsWith("/households/" + id));
		click("a[href='/households/" + id + "/edit']");
		find("#members").clear();
		find("#members").sendKeys("7");
		find("#notes").clear();
		find("#notes").sendKeys("Đã thăm hộ, cập nhật nhân khẩu");
		find("#members").submit();
		wait.until(d -> d.getCurrentUrl().endsWith("/households/" + id));
		assertThat(bodyText()).contains("Đã thăm hộ, cập nhật nhân khẩu");
		assertThat(jdbc.queryForObject("select members from household where id = ?", Integer.class, id)).isEqualTo(7);
		screenshot("ho-gia-dinh-chi-tiet-360");
	}

}
