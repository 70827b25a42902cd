package vn.phoihop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.AppInstance;
import vn.phoihop.support.HttpSession;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;

/**
 * Graceful shutdown (issue 9 §8): a long report that is being computed when the app is told to stop (SIGTERM runs
 * the same context close as here, through the JVM's shutdown hook) still finishes with its full figures, while new
 * connections are refused. The report is made "long" deterministically: the test holds a lock on the activity table,
 * so the request waits inside the database until the test lets it go, after the shutdown has begun.
 */
@IntegrationTest
class GracefulShutdownTest {

	static final String REPORT = "/reports/period?post=RAMAI&from=2017-01-01&to=2020-12-31";

	@Autowired
	Environment environment;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	private static boolean refused(String base) {
		try {
			return new HttpSession(base).get("/login").statusCode() == 503;
		}
		catch (Exception connectionRefused) {
			return true;
		}
	}

	@Test
	void aReportInFlightFinishesWhileTheAppStopsAndNewConnectionsAreRefused() throws Exception {
		ConfigurableApplicationContext app = AppInstance.besides(environment);
		String base = AppInstance.url(app);
		try {
			HttpSession commander = new HttpSession(base).withDatabase(jdbc);
			assertThat(commander.signIn("chihuy.ramai", "Demo@2026").statusCode()).isEqualTo(302);
			commander.get("/?lang=vi"); // whatever language another test left on the account
			String before = commander.get(REPORT).body();
			assertThat(before).contains("274").contains("7.512");

			CompletableFuture<HttpResponse<String>> inFlight;
			CompletableFuture<Void> stopping;
			try (Connection lock = dataSource.getConnection()) {
				lock.setAutoCommit(false);
				lock.createStatement().execute("lock table activity in access exclusive mode");
				inFlight = CompletableFuture.supplyAsync(() -> {
					try {
						return commander.get(REPORT);
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
				});
				awaitTrue(() -> jdbc.queryForObject(
						"select count(*) from pg_locks where not granted and relation = 'activity'::regclass",
						Integer.class) > 0, "the report waits on the activity table");

				stopping = CompletableFuture.runAsync(app::close); // what SIGTERM does
				awaitTrue(() -> refused(base), "new connections are refused once the shutdown has begun");
				assertThat(inFlight).as("the report is still being computed").isNotDone();
				assertThat(app.isActive()).as("the app waits for the request in flight").isTrue();
				lock.rollback(); // the database answers: the report can finish
			}
			HttpResponse<String> report = inFlight.get(30, TimeUnit.SECONDS);
			assertThat(report.statusCode()).isEqualTo(200);
			assertThat(Pages.main(report.body())).isEqualTo(Pages.main(before));
			stopping.get(30, TimeUnit.SECONDS);
			assertThat(app.isActive()).isFalse();
		}
		finally {
			if (app.isActive()) {
				app.close();
			}
		}
	}

	private static void awaitTrue(BooleanSupplier condition, String what) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as(what).isBefore(deadline);
			Thread.sleep(50);
		}
	}

}
