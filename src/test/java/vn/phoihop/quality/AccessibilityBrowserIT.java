package vn.phoihop.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.BrowserTest;

/**
 * axe-core (the npm package, from the test classpath as a webjar — never a CDN) finds no serious or critical
 * violation on the main pages, on a phone and on a desktop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class AccessibilityBrowserIT extends BrowserTest {

	static final Map<String, List<String>> PAGES = Map.of(
			"xa.danhoa", List.of("/", "/activities", "/activities/new", "/households", "/households/new", "/agreements",
					"/households/summary", "/me", "/me/password", "/me/two-factor", "/situation", "/situation/new",
					"/calendar", "/programmes", "/notifications", "/me/notifications", "/outbox"),
			"chihuy.ramai", List.of("/", "/activities", "/agreements", "/cadres", "/groups", "/models", "/reviews",
					"/reviews/RAMAI/" + YearMonth.now(), "/tasks", "/me/two-factor", "/audit", "/plans", "/border",
					"/documents", "/settings/deadlines", "/reports/completeness?post=RAMAI&from=" + Year.now()
							+ "-01-01&to=" + LocalDate.now()),
			"canbo.ramai", List.of("/tasks"),
			"admin", List.of("/admin/users", "/admin/users/new", "/admin/communes", "/admin/merges", "/audit",
					"/admin/mail", "/admin/reference", "/admin/reference/activity-type/new"),
			"tinh.quangtri", List.of("/", "/reports/period?province=QUANGTRI&from=" + Year.now() + "-01-01&to="
					+ LocalDate.now()));

	@Autowired
	JdbcTemplate jdbc;

	private String axeSource() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> seriousViolations(String axe) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axe);
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then(r => done(
				  r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
				   .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))));
				""");
		return (List<String>) result;
	}

	@Test
	void mainPagesHaveNoSeriousOrCriticalViolations() throws Exception {
		String axe = axeSource();
		List<String> problems = new ArrayList<>();
		for (int width : List.of(PHONE, DESKTOP)) {
			width(width);
			for (String page : List.of("/login", "/password/forgot")) {
				open(page);
				seriousViolations(axe).forEach(v -> problems.add(width + " " + page + ": " + v));
			}
			for (var entry : PAGES.entrySet()) {
				driver.manage().deleteAllCookies();
				signIn(entry.getKey(), "Demo@2026");
				for (String page : entry.getValue()) {
					open(page);
					seriousViolations(axe).forEach(v -> problems.add(width + " " + entry.getKey() + " " + page + ": " + v));
				}
			}
			// a rejected form: the error summary and the messages next to the fields
			open("/households/new");
			driver.manage().deleteAllCookies();
		}
		signIn("xa.danhoa", "Demo@2026");
		open("/households/new");
		find("#members").submit();
		find("#error-summary");
		seriousViolations(axe).forEach(v -> problems.add("rejected household form: " + v));
		assertThat(problems).isEmpty();

		// the check itself can fail: an unlabelled input added to the page is reported
		((JavascriptExecutor) driver).executeScript(
				"const i = document.createElement('input'); i.type = 'text'; document.querySelector('main').appendChild(i);");
		assertThat(seriousViolations(axe)).anySatisfy(v -> assertThat(v).startsWith("label"));
	}

}
