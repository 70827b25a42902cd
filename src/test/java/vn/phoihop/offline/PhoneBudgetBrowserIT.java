package vn.phoihop.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import vn.phoihop.support.AppInstance;
import vn.phoihop.support.BrowserTest;
import vn.phoihop.support.Link;

/**
 * Light on a 3G phone (issue 25, item 6): a commune official at 360 px, against a freshly started server, on the slow
 * link (300 ms latency, 400 kbit/s down, 150 kbit/s up, emulated for the page and its service worker). For each of
 * the dashboard, the activity log, the new-activity form and the household search, measured by the browser itself
 * (Resource Timing: transferSize is what came over the wire, headers included; 0 from a cache): a first visit on an
 * empty device transfers at most 120 KB and is loaded within 5 s; a repeat visit at most 20 KB, within 1.5 s. On the
 * repeat visit the service worker answers the page: what it fetched is counted by the worker's own Resource Timing,
 * where it crossed the link (the page's entries give a response through the worker its decoded size).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class PhoneBudgetBrowserIT extends BrowserTest {

	static final long FIRST_VISIT = 120 * 1024;

	static final long REPEAT_VISIT = 20 * 1024;

	static final double FIRST_LOAD_MS = 5000;

	static final double REPEAT_LOAD_MS = 1500;

	@Autowired
	Environment environment;

	@Test
	void eachPageOfAnOfficialsDayFitsTheSlowLinkFirstAndAgain() {
		try (ConfigurableApplicationContext fresh = AppInstance.besides(environment)) {
			port = AppInstance.port(fresh);
			width(PHONE);
			signIn("xa.danhoa", "Demo@2026");
			try (Link link = Link.of(driver)) {
				for (String page : List.of("/", "/activities", "/activities/new",
						"/households?q=" + URLEncoder.encode("Hồ", StandardCharsets.UTF_8))) {
					// the better of two tries for the times (another process on this shared machine can take the
					// CPU for a second); the bytes are the same each time
					Visit[] tried = visits(link, page);
					if (tried[0].loadMs() > FIRST_LOAD_MS || tried[1].loadMs() > REPEAT_LOAD_MS) {
						Visit[] again = visits(link, page);
						tried = new Visit[] { faster(tried[0], again[0]), faster(tried[1], again[1]) };
					}
					Visit first = tried[0];
					Visit repeat = tried[1];
					assertThat(first.loadMs()).as("first visit of %s: %s", page, first).isLessThanOrEqualTo(FIRST_LOAD_MS);
					assertThat(repeat.loadMs()).as("repeat visit of %s: %s", page, repeat)
						.isLessThanOrEqualTo(REPEAT_LOAD_MS);
				}
				link.online();
			}
		}
	}

	private static Visit faster(Visit a, Visit b) {
		return a.loadMs() <= b.loadMs() ? a : b;
	}

	/** A first visit on an empty device and a repeat visit, each checked for its bytes; their times are returned. */
	private Visit[] visits(Link link, String page) {
		emptyDevice(link);
		link.set(Link.SLOW);
		open(page);
		Visit first = visit();
		System.out.println("[budget] first visit of " + page + ": " + first);
		assertThat(js("return !!navigator.serviceWorker.controller")).as("no worker yet").isEqualTo(false);
		assertThat(first.entries()).filteredOn(e -> ((String) e.get("name")).contains("bootstrap.min.css"))
			.singleElement().satisfies(e -> assertThat(number(e, "transferSize")).as("from the network").isPositive());
		assertThat(first.bytes()).as("first visit of %s: %s", page, first).isLessThanOrEqualTo(FIRST_VISIT);
		// compressed at build time: each style sheet and script arrives smaller than it is
		assertThat(first.entries()).filteredOn(e -> ((String) e.get("name")).matches(".*\\.(css|js)$"))
			.allSatisfy(e -> assertThat(number(e, "encodedBodySize")).as((String) e.get("name"))
				.isLessThan(number(e, "decodedBodySize")));
		// what the official keeps for offline is fetched by the worker after the page (once a day)
		new WebDriverWait(driver, Duration.ofSeconds(90))
			.until(d -> js("return localStorage.getItem('phoihop.kept')") != null);
		System.out.println("[budget] kept for offline by the worker after the first visit of " + page + ": " + link
			.inWorker(origin(), "performance.getEntriesByType('resource').reduce((n, e) => n + e.transferSize, 0)")
				+ " bytes (its install and what an official keeps)");
		link.inWorker(origin(), "performance.clearResourceTimings()");
		open(page);
		Visit repeat = throughWorker(visit(), link);
		System.out.println("[budget] repeat visit of " + page + ": " + repeat);
		assertThat(js("return !!navigator.serviceWorker.controller")).isEqualTo(true);
		assertThat(repeat.bytes()).as("repeat visit of %s: %s", page, repeat).isLessThanOrEqualTo(REPEAT_VISIT);
		return new Visit[] { first, repeat };
	}

	private String origin() {
		return "http://localhost:" + port;
	}

	/**
	 * The bytes of a visit to a page the service worker controls, as Resource Timing measures them on each side of
	 * the worker: the page's own requests (not through the worker) as the page saw them, and the worker's requests
	 * (the page's HTML, network first) as the worker saw them. A response the worker hands the page is reported in
	 * the page's entries with its decoded size (the HTML travelled compressed); one it took from its cache crossed no
	 * link at all.
	 */
	@SuppressWarnings("unchecked")
	private Visit throughWorker(Visit seen, Link link) {
		List<Map<String, Object>> direct = seen.entries().stream().filter(e -> number(e, "workerStart") == 0).toList();
		List<Map<String, Object>> worker = (List<Map<String, Object>>) link.inWorker(origin(), """
				performance.getEntriesByType('resource').map(e => ({ name: 'worker: ' + e.name, type: e.entryType,
				    transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize,
				    workerStart: 0 }))""");
		List<Map<String, Object>> wire = new java.util.ArrayList<>(direct);
		wire.addAll(worker);
		seen.entries().stream().filter(e -> number(e, "workerStart") > 0)
			.forEach(e -> wire.add(Map.of("name", "through the worker (page's view, " + ((Number) e.get("transferSize"))
					.longValue() + " decoded): " + e.get("name"), "transferSize", 0, "workerStart", 1)));
		return new Visit(wire.stream().mapToLong(e -> (long) number(e, "transferSize")).sum(), seen.loadMs(), wire);
	}

	/** A device that never opened the app: no service worker, no kept copies, no browser cache; still signed in. */
	private void emptyDevice(Link link) {
		link.online();
		driver.get("about:blank");
		ChromiumDriver chrome = (ChromiumDriver) driver;
		chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", "http://localhost:" + port,
				"storageTypes", "service_workers,cache_storage,local_storage,indexeddb"));
		chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
	}

	/** What one page load transferred, by the page's entries up to its load event, and when it was loaded. */
	record Visit(long bytes, double loadMs, List<Map<String, Object>> entries) {

		@Override
		public String toString() {
			StringBuilder s = new StringBuilder(bytes + " bytes, loaded at " + Math.round(loadMs) + " ms:");
			entries.forEach(e -> s.append("\n    ").append(e.get("transferSize")).append("  ").append(e.get("name")));
			return s.toString();
		}

	}

	@SuppressWarnings("unchecked")
	private Visit visit() {
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(d -> number(navigation(), "loadEventEnd") > 0);
		double load = number(navigation(), "loadEventEnd");
		List<Map<String, Object>> entries = (List<Map<String, Object>>) js("""
				const load = performance.getEntriesByType('navigation')[0].loadEventEnd;
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')
				    .filter(e => e.startTime <= load))
				  .map(e => ({ name: e.name, type: e.entryType, transferSize: e.transferSize,
				               encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize,
				               workerStart: e.workerStart }));""");
		return new Visit(entries.stream().mapToLong(e -> (long) number(e, "transferSize")).sum(), load, entries);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> navigation() {
		return (Map<String, Object>) js("const n = performance.getEntriesByType('navigation')[0];"
				+ " return { loadEventEnd: n ? n.loadEventEnd : 0 };");
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	private static double number(Map<String, Object> entry, String key) {
		return ((Number) entry.get(key)).doubleValue();
	}

}
