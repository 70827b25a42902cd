package vn.phoihop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.AppInstance;
import vn.phoihop.support.BrowserTest;
import vn.phoihop.support.HttpSession;

/**
 * A form posted while the database is down (issue 9 §2): the official sees the Vietnamese 503 page, nothing is
 * saved; when the database is back, the form offers what was typed, and sending it saves the activity once. Runs
 * its own app on its own PostgreSQL, which the test stops and starts again.
 */
class OutageBrowserIT extends BrowserTest {

	@TempDir
	Path data;

	@Test
	void aFormPostedDuringAnOutageIsNotSavedAndItsInputComesBack() throws Exception {
		int pgPort;
		try (ServerSocket s = new ServerSocket(0)) {
			pgPort = s.getLocalPort();
		}
		EmbeddedPostgres pg = start(pgPort);
		try (ConfigurableApplicationContext app = AppInstance.onPort(pgPort, true)) {
			port = AppInstance.port(app);
			String title = "Tuyên truyền lúc mất kết nối " + System.nanoTime();
			width(PHONE);
			signIn("xa.danhoa", "Demo@2026");
			open("/activities/new");
			new Select(find("#type")).selectByValue("OUTREACH");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendeeCount")));
			((JavascriptExecutor) driver).executeScript(
					"document.getElementById('activityDate').value = arguments[0]",
					LocalDate.now().withDayOfMonth(1).toString());
			click("input[name=villageIds]");
			new Select(find("#contentArea")).selectByIndex(1);
			find("#title").sendKeys(title);
			find("#attendeeCount").sendKeys("57");

			pg.close();
			try {
				click("button[name=action][value=submit]");
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
						"Không kết nối được cơ sở dữ liệu"));
				assertThat(bodyText()).doesNotContain("Exception");
				screenshot("mat-ket-noi-csdl-360");
			}
			finally {
				pg = start(pgPort);
			}
			awaitHealthy("http://localhost:" + port);
			JdbcTemplate jdbc = new JdbcTemplate(pg.getPostgresDatabase());
			assertThat(jdbc.queryForObject("select count(*) from activity where title = ?", Integer.class, title))
				.as("nothing was saved during the outage").isZero();

			open("/activities/new");
			click("[data-draft-restore]");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendeeCount")));
			assertThat(find("#title").getAttribute("value")).isEqualTo(title);
			assertThat(find("#attendeeCount").getAttribute("value")).isEqualTo("57");
			click("button[name=action][value=submit]");
			wait.until(d -> d.getCurrentUrl().matches(".*/activities/\\d+.*")
					|| !d.findElements(By.id("error-summary")).isEmpty());
			assertThat(driver.getCurrentUrl()).as(bodyText()).matches(".*/activities/\\d+.*");
			assertThat(bodyText()).contains(title);
			assertThat(jdbc.queryForObject("select count(*) from activity where title = ? and attendee_count = 57",
					Integer.class, title))
				.as("saved once, after the outage").isEqualTo(1);
		}
		finally {
			pg.close();
		}
	}

	private EmbeddedPostgres start(int pgPort) throws Exception {
		return EmbeddedPostgres.builder().setDataDirectory(data.toFile()).setCleanDataDirectory(false).setPort(pgPort)
			.start();
	}

	private static void awaitHealthy(String base) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		HttpSession probe = new HttpSession(base);
		while (probe.get("/actuator/health", "application/json").statusCode() != 200) {
			assertThat(Instant.now()).as("the app recovers without a restart").isBefore(deadline);
			Thread.sleep(300);
		}
	}

}
