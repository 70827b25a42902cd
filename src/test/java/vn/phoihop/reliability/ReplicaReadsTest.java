package vn.phoihop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.shared.db.replica.Replica;
import vn.phoihop.shared.db.replica.ReplicaRouting;
import vn.phoihop.support.AppInstance;
import vn.phoihop.support.HttpSession;
import vn.phoihop.support.StreamingReplica;

/**
 * Reads from a real streaming replica (issue 28, docs/operations.md): a primary and a replica made from its base
 * backup, an app instance given the replica in {@code app.replica.urls}. The replica's replay is paused to make it
 * visibly behind, so a page shows whether it was read there: a lag-tolerant page comes from the replica, a user's
 * own save is seen at once (primary), a replica further behind than allowed is left out, a stopped replica is left out
 * without an error for the user, and a replica that comes back is used again.
 */
class ReplicaReadsTest {

	@TempDir
	Path work;

	@Test
	void listsComeFromTheReplicaButNeverHideWhatTheUserHasJustSaved() throws Exception {
		int primaryPort = freePort();
		int replicaPort = freePort();
		Path primaryDir = work.resolve("primary");
		Path replicaDir = work.resolve("replica");
		EmbeddedPostgres primary = StreamingReplica.primary(primaryDir, primaryPort);
		EmbeddedPostgres replica = null;
		try {
			StreamingReplica.backUp(primary, primaryDir, replicaDir, "replica1");
			replica = StreamingReplica.start(replicaDir, replicaPort);
			String replicaUrl = "jdbc:postgresql://localhost:" + replicaPort + "/postgres";
			try (ConfigurableApplicationContext app = AppInstance.onPort(primaryPort, true,
					"--app.replica.urls=" + replicaUrl, "--app.replica.max-lag=15s",
					"--app.replica.check-interval=200ms", "--app.replica.primary-after-write=2s")) {
				ReplicaRouting routing = app.getBean(DataSource.class).unwrap(ReplicaRouting.class);
				JdbcTemplate onPrimary = new JdbcTemplate(primary.getPostgresDatabase());
				JdbcTemplate onReplica = new JdbcTemplate(replica.getPostgresDatabase());
				waitFor(routing, s -> s.state() == Replica.State.UP);

				HttpSession official = new HttpSession(AppInstance.url(app));
				assertThat(official.signIn("xa.danhoa", "Demo@2026").statusCode()).isEqualTo(302);
				Thread.sleep(2_100); // the sign-in is a write: the user's reads stay on the primary for 2 s

				// a report and a list read on the replica
				long before = reads(routing);
				String commune = onPrimary.queryForObject("select c.code from app_user u join commune c "
						+ "on c.id = u.commune_id where u.username = 'xa.danhoa'", String.class);
				assertThat(official.get("/reports/period?commune=" + commune + "&from=01/01/2017&to=31/12/2020")
					.statusCode()).isEqualTo(200);
				assertThat(official.get("/situation").statusCode()).isEqualTo(200);
				assertThat(reads(routing)).isGreaterThan(before);

				// the replica stops replaying: a row written on the primary now is not on it
				onReplica.execute("select pg_wal_replay_pause()");
				long communeId = onPrimary.queryForObject(
						"select commune_id from app_user where username = 'xa.danhoa'", Long.class);
				long categoryId = onPrimary.queryForObject("select min(id) from situation_category", Long.class);
				onPrimary.update("insert into situation_item (commune_id, occurred_on, category_id, source, severity,"
						+ " summary, recorded_by) values (?, current_date, ?, 'RESIDENT', 'ROUTINE', ?, 'xa.danhoa')",
						communeId, categoryId, "Ghi thẳng vào máy chính");
				assertThat(official.get("/situation").body()).doesNotContain("Ghi thẳng vào máy chính");

				// the user's own save is seen at once: after a write, the user reads from the primary
				Map<String, String> form = new LinkedHashMap<>();
				form.put("communeId", String.valueOf(communeId));
				form.put("occurredOn", LocalDate.now().toString());
				form.put("categoryId", String.valueOf(categoryId));
				form.put("source", "COMMUNE_POLICE");
				form.put("severity", "ROUTINE");
				form.put("summary", "Người dùng vừa lưu");
				form.put("_csrf", official.csrf("/situation/new"));
				assertThat(official.post("/situation", form).statusCode()).isEqualTo(302);
				assertThat(official.get("/situation").body()).contains("Người dùng vừa lưu")
					.contains("Ghi thẳng vào máy chính");

				// a little later the same page is read on the replica again, still behind
				Thread.sleep(2_100);
				assertThat(official.get("/situation").body()).doesNotContain("Người dùng vừa lưu");

				// further behind than allowed: left out, the primary answers
				waitFor(routing, s -> s.state() == Replica.State.LAGGING);
				assertThat(official.get("/situation").body()).contains("Người dùng vừa lưu");

				// replay resumes: used again, and it has everything
				onReplica.execute("select pg_wal_replay_resume()");
				waitFor(routing, s -> s.state() == Replica.State.UP);
				before = reads(routing);
				assertThat(official.get("/situation").body()).contains("Người dùng vừa lưu")
					.contains("Ghi thẳng vào máy chính");
				assertThat(reads(routing)).isGreaterThan(before);

				// the replica stops: no error for the user, the primary answers
				replica.close();
				var page = official.get("/situation");
				assertThat(page.statusCode()).isEqualTo(200);
				assertThat(page.body()).contains("Người dùng vừa lưu");
				waitFor(routing, s -> s.state() == Replica.State.DOWN);
				assertThat(official.get("/reports/period?commune=" + commune + "&from=01/01/2017&to=31/12/2020")
					.statusCode()).isEqualTo(200);

				// and comes back: used again
				replica = StreamingReplica.start(replicaDir, replicaPort);
				waitFor(routing, s -> s.state() == Replica.State.UP);
				before = reads(routing);
				assertThat(official.get("/situation").body()).contains("Người dùng vừa lưu");
				assertThat(reads(routing)).isGreaterThan(before);
			}
		}
		finally {
			if (replica != null) {
				replica.close();
			}
			primary.close();
		}
	}

	private static long reads(ReplicaRouting routing) {
		return routing.replicas().get(0).reads();
	}

	private static void waitFor(ReplicaRouting routing, Predicate<Replica.Status> wanted) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(90));
		while (!wanted.test(routing.replicas().get(0))) {
			assertThat(Instant.now()).as("replica state: " + routing.replicas()).isBefore(until);
			Thread.sleep(100);
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

}
