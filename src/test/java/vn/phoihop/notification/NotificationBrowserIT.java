package vn.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.shared.web.DateText;
import vn.phoihop.support.BrowserTest;

/**
 * Issue 26 on a 360 px phone: the bell on the bar shows the unread count (asked for by the page itself), opens the
 * list; a notification opens its record and is read; "mark all as read" empties the bell. The completeness report
 * draws its chart from its table. Screenshots for the user guide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class NotificationBrowserIT extends BrowserTest {

	private long store(long user, String kind, String subject, String link, String... args) {
		return jdbc.queryForObject("""
				insert into notification (user_id, kind, subject, period, link, args)
				values (?, ?, ?, '', ?, ?) returning id""", Long.class, user, kind, subject, link, args);
	}

	@Test
	void theBellCountsTheUnreadAndTheListOpensEachRecordOnAPhone() {
		long user = jdbc.queryForObject("select id from app_user where username = 'xa.danhoa'", Long.class);
		long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		jdbc.update("update notification set read_at = now() where user_id = ? and read_at is null", user);
		YearMonth month = YearMonth.now();
		String tag = String.valueOf(System.nanoTime());
		store(user, "MONTH_CONCLUDED", "review:" + tag, "/reviews/RAMAI/" + month.minusMonths(1),
				DateText.MONTH.format(month.minusMonths(1)), "Đồn Biên phòng Ra Mai", month.minusMonths(1).getMonthValue()
						+ "-KL/ĐU", DateText.DAY.format(month.atDay(3)));
		store(user, "REPORT_DUE_SOON", "commune:" + tag, "/reviews/RAMAI/" + month + "/submissions/" + danHoa,
				DateText.MONTH.format(month), "Dân Hóa", "Đồn Biên phòng Ra Mai",
				DateText.DAY.format(month.plusMonths(1).atDay(2)));

		width(PHONE);
		signIn("xa.danhoa", "Demo@2026");
		open("/");
		WebElement count = find("#nav-bell-count");
		assertThat(count.getText()).isEqualTo("2");
		WebElement bell = find("#nav-bell");
		assertThat(bell.getAttribute("aria-label")).isEqualTo("Thông báo: 2 chưa đọc");
		Dimension size = bell.getSize();
		assertThat(size.getWidth()).isGreaterThanOrEqualTo(44);
		assertThat(size.getHeight()).isGreaterThanOrEqualTo(44);
		// on the bar beside the menu button, not folded into the menu
		assertThat(find(".navbar-toggler").isDisplayed()).isTrue();
		screenshot("thong-bao-chuong-360");

		click("#nav-bell");
		wait.until(d -> d.getCurrentUrl().endsWith("/notifications"));
		List<WebElement> items = driver.findElements(By.cssSelector("#notification-list .notification-unread"));
		assertThat(items).hasSize(2);
		assertThat(find("#notification-list").getText()).contains("Báo cáo tháng " + DateText.MONTH.format(month)
				+ " của Dân Hóa gửi Đồn Biên phòng Ra Mai đến hạn ngày " + DateText.DAY.format(month.plusMonths(1).atDay(2)));
		screenshot("thong-bao-danh-sach-360");

		// the newest first: the report due soon opens the commune's report of the month, and is read
		click("#notification-list .notification-unread .notification-link");
		wait.until(d -> d.getCurrentUrl().contains("/submissions/" + danHoa));
		assertThat(find("#submission-due").getText()).startsWith("Hạn gửi báo cáo:");
		wait.until(d -> "1".equals(d.findElement(By.id("nav-bell-count")).getText()));

		open("/notifications");
		click("#read-all");
		wait.until(d -> bodyText().contains("Đã đánh dấu tất cả thông báo là đã đọc."));
		wait.until(d -> d.findElement(By.id("nav-bell")).getAttribute("aria-label")
			.equals("Thông báo: không có thông báo chưa đọc"));
		assertThat(driver.findElements(By.id("nav-bell-count"))).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null",
				Integer.class, user)).isZero();

		// how the official is told: e-mail needs an address first
		open("/me/notifications");
		assertThat(find("#preferences-no-address").getText()).contains("chỉ nhận thông báo trong ứng dụng");
		assertThat(find("#pref-REPORT_RETURNED-NOW").isEnabled()).isFalse();
		screenshot("thong-bao-cach-nhan-360");
	}

	@Test
	void theCompletenessReportDrawsItsTrendFromItsTableOnAPhone() {
		width(PHONE);
		signIn("chihuy.ramai", "Demo@2026");
		open("/reports/completeness");
		find("#completeness-chart");
		JavascriptExecutor js = (JavascriptExecutor) driver;
		wait.until(d -> Boolean.TRUE.equals(js.executeScript(
				"return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('completeness-chart'))")));
		@SuppressWarnings("unchecked")
		List<List<Long>> series = (List<List<Long>>) js.executeScript("return Chart.getChart("
				+ "document.getElementById('completeness-chart')).data.datasets.map(s => s.data);");
		List<WebElement> rows = driver.findElements(By.cssSelector("#completeness-trend tbody tr"));
		assertThat(rows).hasSize(12);
		assertThat(series).hasSize(3);
		// the completeness rate of each month, as the table shows it (a month with nothing due has no point)
		for (int r = 0; r < rows.size(); r++) {
			String shown = rows.get(r).findElements(By.tagName("td")).get(6).getText();
			Object point = series.get(0).get(r);
			assertThat(point == null ? "—" : String.valueOf(((Number) point).longValue())).isEqualTo(shown);
		}
		assertThat(find("#completeness-unit").getText()).isEqualTo("Đồn Biên phòng Ra Mai");
		screenshot("ty-le-dung-han-360");

		// on a desktop the bell is the last item of the bar, and the commander's whole menu still fits one line
		width(DESKTOP);
		open("/");
		find("#nav-bell");
		// one line: the brand, the menu's first and last entries and the bell share their middle
		@SuppressWarnings("unchecked")
		List<Number> middles = (List<Number>) js.executeScript("""
				return ['.navbar-brand', '#mainNav .nav-link', '#logout', '#nav-bell'].map(s => {
				  const r = document.querySelector(s).getBoundingClientRect(); return (r.top + r.bottom) / 2; });""");
		double first = middles.get(0).doubleValue();
		assertThat(middles).as("middles of the brand, the first entry, sign out, the bell")
			.allSatisfy(m -> assertThat(Math.abs(m.doubleValue() - first)).isLessThan(12));
		assertThat((Boolean) js.executeScript(
				"return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
		assertThat(find("#logout").getSize().getHeight()).as("sign out on one line").isLessThan(40);
		Number bellLeft = (Number) js.executeScript(
				"return document.getElementById('nav-bell').getBoundingClientRect().left;");
		Number logoutLeft = (Number) js.executeScript(
				"return document.getElementById('logout').getBoundingClientRect().left;");
		assertThat(bellLeft.doubleValue()).isGreaterThan(logoutLeft.doubleValue());
		screenshot("thong-bao-chuong-1280");
	}

}
