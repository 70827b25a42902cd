package vn.phoihop.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.support.BrowserTest;

/**
 * A phone on a weak link (issue 7 §4): the commander's dashboard, the heaviest page (Bootstrap, htmx and Chart.js),
 * transfers at most 250 KB with an empty cache and at most 30 KB on the next visit; nothing comes from another origin.
 * Measured by the browser itself (Resource Timing: transferSize is what came over the wire, headers included, 0 when
 * served from the cache).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class PageWeightBrowserIT extends BrowserTest {

	static final long FIRST_VISIT = 250 * 1024;

	static final long REPEAT_VISIT = 30 * 1024;

	@Test
	void theDashboardIsLightOnTheFirstVisitAndAlmostFreeOnTheNext() {
		width(PHONE);
		signIn("chihuy.ramai", "Demo@2026");
		// an empty device: the browser's cache and what the app's service worker keeps
		driver.get("about:blank");
		((ChromeDriver) driver).executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
				"http://localhost:" + port, "storageTypes", "service_workers,cache_storage,local_storage,indexeddb"));
		((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCache", Map.of());
		// the browser's own cache is measured here, past the app's service worker (which keeps Chart.js before the page
		// asks for it, so the page would see it come from the worker, uncompressed); the worker's bytes are counted
		// where they cross the link by OfflineBrowserIT's budgets
		((ChromeDriver) driver).executeCdpCommand("Network.enable", Map.of());
		((ChromeDriver) driver).executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", true));

		open("/");
		List<Map<String, Object>> first = entriesOnceLoaded();
		assertThat(first).extracting(e -> (String) e.get("name"))
			.anySatisfy(n -> assertThat(n).contains("/webjars/bootstrap/"))
			.anySatisfy(n -> assertThat(n).contains("/webjars/chart.js/"))
			.allSatisfy(n -> assertThat(n).as("same origin").startsWith("http://localhost:" + port + "/"));
		// the cache was really empty: the style sheet came over the wire
		assertThat(first).filteredOn(e -> ((String) e.get("name")).contains("bootstrap.min.css"))
			.singleElement().satisfies(e -> assertThat(number(e, "transferSize")).isPositive());
		long firstBytes = transferred(first);
		assertThat(firstBytes).as(describe(first)).isPositive().isLessThanOrEqualTo(FIRST_VISIT);
		// compressed on the wire: the page and the scripts arrive smaller than they are
		assertThat(first).filteredOn(e -> ((String) e.get("name")).contains("/webjars/") || "navigation".equals(e.get("type")))
			.allSatisfy(e -> assertThat(number(e, "encodedBodySize")).as((String) e.get("name"))
				.isLessThan(number(e, "decodedBodySize")));

		open("/activities");
		open("/");
		List<Map<String, Object>> repeat = entriesOnceLoaded();
		// the same style sheets and scripts, this time from the cache
		assertThat(repeat).extracting(e -> (String) e.get("name"))
			.containsAll(first.stream().map(e -> (String) e.get("name"))
				.filter(n -> n.contains("/webjars/") || n.contains("/css/") || n.contains("/js/")).toList());
		assertThat(transferred(repeat)).as(describe(repeat)).isLessThanOrEqualTo(REPEAT_VISIT);
		// every fingerprinted asset came from the cache (the bell's count and the manifest are asked again, a few
		// hundred bytes within the budget above)
		assertThat(repeat).filteredOn(e -> "resource".equals(e.get("type")))
			.filteredOn(e -> ((String) e.get("name")).contains("/webjars/")
					|| ((String) e.get("name")).matches(".*-[0-9a-f]{32}\\.[a-z]+$"))
			.isNotEmpty()
			.allSatisfy(e -> assertThat(number(e, "transferSize")).as((String) e.get("name")).isZero());
	}

	/** The page's navigation and resource entries, once the page and its deferred scripts have run. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> entriesOnceLoaded() {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		wait.until(d -> "complete".equals(js.executeScript("return document.readyState")));
		// Chart.js is loaded when the chart comes near the screen: the commander looks at it
		js.executeScript("document.getElementById('monthly-chart').scrollIntoView({block: 'center'})");
		wait.until(d -> Boolean.TRUE.equals(js.executeScript(
						"return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('monthly-chart'))")));
		return (List<Map<String, Object>>) js.executeScript("""
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				  .map(e => ({ name: e.name, type: e.entryType, transferSize: e.transferSize,
				               encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize }));""");
	}

	private static long transferred(List<Map<String, Object>> entries) {
		return entries.stream().mapToLong(e -> number(e, "transferSize")).sum();
	}

	private static long number(Map<String, Object> entry, String key) {
		return ((Number) entry.get(key)).longValue();
	}

	private static String describe(List<Map<String, Object>> entries) {
		StringBuilder s = new StringBuilder("bytes transferred per request:");
		entries.forEach(e -> s.append("\n  ").append(e.get("transferSize")).append("  ").append(e.get("name")));
		return s.toString();
	}

}
