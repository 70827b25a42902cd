package vn.phoihop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import vn.phoihop.support.AppInstance;
import vn.phoihop.support.HttpSession;

/**
 * The database stops while a user works: pages answer the Vietnamese 503 page within 5 seconds, health says DOWN;
 * when the database comes back the app recovers by itself. Runs its own app and its own PostgreSQL so that the
 * shared test database is not disturbed.
 */
class DatabaseOutageTest {

	@org.junit.jupiter.api.io.TempDir
	Path work;

	private static EmbeddedPostgres startPostgres(File dir, int port) throws Exception {
		return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port).start();
	}

	@Test
	void aStoppedDatabaseGivesA503QuicklyAndTheAppRecoversWhenItReturns() throws Exception {
		File dir = work.toFile();
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		EmbeddedPostgres pg = startPostgres(dir, port);
		try (ConfigurableApplicationContext app = AppInstance.onPort(port, true)) {
			int appPort = AppInstance.port(app);
			HttpSession browser = new HttpSession("http://localhost:" + appPort);
			assertThat(browser.signIn("xa.danhoa", "Demo@2026").statusCode()).isEqualTo(302);
			assertThat(browser.get("/").statusCode()).isEqualTo(200);

			pg.close();
			try {
				Instant start = Instant.now();
				var page = browser.get("/");
				assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
				assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
				assertThat(page.body()).contains("Không kết nối được cơ sở dữ liệu").doesNotContain("Exception")
					.doesNotContain("at org.");
				var health = browser.get("/actuator/health", "application/json");
				assertThat(health.statusCode()).isEqualTo(503);
				assertThat(health.body()).contains("DOWN");
			}
			finally {
				pg = startPostgres(dir, port);
			}
			// back without a restart of the app; the session was kept in the database
			Instant deadline = Instant.now().plusSeconds(30);
			int status = 0;
			while (Instant.now().isBefore(deadline) && status != 200) {
				status = browser.get("/").statusCode();
				if (status != 200) {
					Thread.sleep(500);
				}
			}
			assertThat(status).isEqualTo(200);
			assertThat(browser.get("/actuator/health", "application/json").body()).contains("UP");
		}
		finally {
			pg.close();
		}
	}

}
