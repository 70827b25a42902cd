package vn.phoihop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.support.BrowserTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class DashboardBrowserIT extends BrowserTest {

	@Test
	@SuppressWarnings("unchecked")
	void theChartIsDrawnAndShowsTheSameNumbersAsTheTableBesideIt() {
		width(DESKTOP);
		signIn("chihuy.ramai", "Demo@2026");
		find("#monthly-chart");
		JavascriptExecutor js = (JavascriptExecutor) driver;
		// Chart.js is loaded when the chart comes near the screen
		js.executeScript("document.getElementById('monthly-chart').scrollIntoView({block: 'center'})");
		wait.until(d -> Boolean.TRUE.equals(js.executeScript(
				"return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('monthly-chart'))")));
		// drawn: some pixel of the canvas is not transparent
		Boolean drawn = (Boolean) js.executeScript("""
				const c = document.getElementById('monthly-chart');
				const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
				for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; }
				return false;""");
		assertThat(drawn).isTrue();
		List<List<Long>> chart = (List<List<Long>>) js.executeScript(
				"return Chart.getChart(document.getElementById('monthly-chart')).data.datasets.map(s => s.data);");
		List<WebElement> rows = driver.findElements(By.cssSelector("#monthly-table tbody tr"));
		assertThat(rows).hasSize(12);
		long total = 0;
		for (int r = 0; r < rows.size(); r++) {
			List<WebElement> cells = rows.get(r).findElements(By.tagName("td"));
			for (int t = 0; t < cells.size(); t++) {
				long shown = Long.parseLong(cells.get(t).getText().replace(".", ""));
				assertThat(chart.get(t).get(r)).as("month %d, type %d", r, t).isEqualTo(shown);
				total += shown;
			}
		}
		assertThat(total).isPositive();
		screenshot("tong-quan-chi-huy-1280");
		width(PHONE);
		open("/");
		find("#monthly-chart");
		screenshot("tong-quan-chi-huy-360");
	}

}
