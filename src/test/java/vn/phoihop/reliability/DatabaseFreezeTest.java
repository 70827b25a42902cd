package vn.phoihop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import vn.phoihop.support.AppInstance;
import vn.phoihop.support.HttpSession;

/**
 * PostgreSQL stops answering without closing its connections (frozen with SIGSTOP, as a hung server or a network cut
 * looks from the application): pages answer the Vietnamese 503 page within 6 seconds, health says DOWN within the same
 * time, a crowd of requests does not leave every request thread waiting, and when the server answers again (SIGCONT)
 * the application recovers by itself. Its own application and PostgreSQL, so the shared test database is untouched.
 */
class DatabaseFreezeTest {

	@TempDir
	Path work;

	@Test
	void aFrozenDatabaseGivesA503WithinSixSecondsAndTheAppRecoversWhenItAnswersAgain() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		File dir = work.toFile();
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
			.setPort(port).start(); ConfigurableApplicationContext app = AppInstance.onPort(port, true)) {
			HttpSession browser = new HttpSession(AppInstance.url(app));
			assertThat(browser.signIn("xa.danhoa", "Demo@2026").statusCode()).isEqualTo(302);
			assertThat(browser.get("/activities").statusCode()).isEqualTo(200);
			List<Long> frozen = postgresProcesses(dir);
			signal("STOP", frozen);
			try {
				Instant start = Instant.now();
				var page = browser.get("/activities");
				assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(6));
				assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
				assertThat(page.body()).contains("Không kết nối được cơ sở dữ liệu").doesNotContain("Exception");

				start = Instant.now();
				var health = browser.get("/actuator/health", "application/json");
				assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(6));
				assertThat(health.statusCode()).isEqualTo(503);
				assertThat(health.body()).contains("DOWN");

				// more requests at once than the pool has connections: every one is answered, none waits for ever
				ExecutorService crowd = Executors.newFixedThreadPool(16);
				try {
					start = Instant.now();
					List<Future<Integer>> answers = new ArrayList<>();
					for (int i = 0; i < 16; i++) {
						answers.add(crowd.submit(() -> browser.get("/activities").statusCode()));
					}
					for (Future<Integer> answer : answers) {
						assertThat(answer.get(15, TimeUnit.SECONDS)).isEqualTo(503);
					}
					assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(12));
				}
				finally {
					crowd.shutdownNow();
				}
			}
			finally {
				signal("CONT", frozen);
			}
			// answering again: the application recovers without a restart (the session was kept in the database)
			Instant deadline = Instant.now().plusSeconds(30);
			int status = 0;
			while (Instant.now().isBefore(deadline) && status != 200) {
				status = browser.get("/activities").statusCode();
				if (status != 200) {
					Thread.sleep(500);
				}
			}
			assertThat(status).isEqualTo(200);
			assertThat(browser.get("/actuator/health", "application/json").body()).contains("UP");
		}
	}

	/** The postmaster (first line of postmaster.pid) and every process it started. */
	private static List<Long> postgresProcesses(File dataDir) throws IOException {
		long postmaster = Long.parseLong(Files.readAllLines(dataDir.toPath().resolve("postmaster.pid")).get(0).strip());
		List<Long> pids = new ArrayList<>();
		pids.add(postmaster);
		ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(p -> pids.add(p.pid()));
		return pids;
	}

	private static void signal(String signal, List<Long> pids) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach(p -> command.add(String.valueOf(p)));
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
	}

}
