package vn.phoihop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A streaming replica of the benchmark's data set for bench/run.sh --replica (docs/performance.md, "Reads from a
 * replica"): while the application runs on the data set (its embedded PostgreSQL is the primary), makes a base
 * backup of it into another folder ({@link BaseBackup}, the first time or when the folder is not a copy of this
 * primary), points the copy at the primary's current port, starts it with the embedded binaries and the same
 * settings as the application's embedded server, waits until it has caught up, prints {@code replica ready} and
 * runs until the process is stopped (the server stops with it).
 *
 * <pre>
 * java -cp target/phoihop-0.1.0-SNAPSHOT.jar -Dloader.path=target/bench/phoihop-0.1.0-SNAPSHOT-bench.jar \
 *   -Dloader.main=vn.phoihop.bench.BenchReplica org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --primary-dir=data/bench-national --dir=data/bench-national-replica --port=18432
 * </pre>
 *
 * The replication slot {@value #SLOT} keeps on the primary the WAL the replica has not received yet: after deleting
 * the replica's folder, drop it ({@code --drop}) or the primary keeps its WAL for ever.
 */
public final class BenchReplica {

	static final String SLOT = "bench_replica";

	/** Written into the replica's folder: the primary's system identifier, to know the copy is of this primary. */
	private static final String SOURCE = "bench-primary-id";

	private BenchReplica() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> a = new HashMap<>();
		for (String arg : args) {
			a.put(arg.replaceFirst("^--", "").replaceFirst("=.*", ""), arg.contains("=") ? arg.replaceFirst("^[^=]*=", "") : "");
		}
		Path primaryDir = Path.of(a.getOrDefault("primary-dir", "data/bench-national")).toAbsolutePath();
		Path dir = Path.of(a.getOrDefault("dir", primaryDir + "-replica")).toAbsolutePath();
		int port = Integer.parseInt(a.getOrDefault("port", "18432"));
		int primaryPort = Integer.parseInt(Files.readAllLines(primaryDir.resolve("postmaster.pid")).get(3).strip());
		try (Connection primary = DriverManager
			.getConnection("jdbc:postgresql://localhost:" + primaryPort + "/postgres?user=postgres")) {
			if (a.containsKey("drop")) {
				dropSlot(primary);
				System.out.println("replication slot " + SLOT + " dropped");
				return;
			}
			String id = systemId(primary);
			if (!Files.exists(dir.resolve("PG_VERSION")) || !Files.exists(dir.resolve(SOURCE))
					|| !Files.readString(dir.resolve(SOURCE)).equals(id) || !slotExists(primary)) {
				long t0 = System.nanoTime();
				System.out.println("Making a base backup of " + primaryDir + " into " + dir + " ...");
				delete(dir);
				dropSlot(primary);
				BaseBackup.backUp(primary, primaryPort, primaryDir, dir, SLOT);
				Files.writeString(dir.resolve(SOURCE), id);
				System.out.printf("base backup made in %.0f s%n", (System.nanoTime() - t0) / 1e9);
			}
			else {
				BaseBackup.follow(dir, primaryPort, SLOT);
			}
			EmbeddedPostgres replica = start(dir, port);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					replica.close();
				}
				catch (IOException ex) {
					// the JVM is exiting
				}
			}, "replica-stop"));
			waitCaughtUp(primary, replica);
			System.out.println("replica ready on port " + port);
			Thread.currentThread().join();
		}
	}

	/** The replica with the planner and memory settings of the application's embedded server (EmbeddedPostgresServer). */
	private static EmbeddedPostgres start(Path dir, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dir.toFile())
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "128MB")
			.setServerConfig("timezone", TimeZone.getDefault().getID())
			.setServerConfig("random_page_cost", "1.1")
			.setServerConfig("effective_cache_size", "2GB")
			.setServerConfig("max_parallel_workers_per_gather", "0")
			.setServerConfig("jit", "off")
			.setServerConfig("hot_standby_feedback", "on")
			.start();
	}

	/** Until the replica has replayed everything the primary had written when it started. */
	private static void waitCaughtUp(Connection primary, EmbeddedPostgres replica) throws Exception {
		String target = one(primary, "select pg_current_wal_lsn()::text");
		try (Connection c = replica.getPostgresDatabase().getConnection()) {
			for (int i = 0; i < 600; i++) {
				String behind = one(c, "select pg_wal_lsn_diff('" + target + "', pg_last_wal_replay_lsn())::text");
				if (behind != null && Double.parseDouble(behind) <= 0) {
					return;
				}
				Thread.sleep(500);
			}
		}
		throw new IllegalStateException("the replica did not catch up in 5 minutes");
	}

	private static String systemId(Connection c) throws SQLException {
		return one(c, "select system_identifier::text from pg_control_system()");
	}

	private static boolean slotExists(Connection c) throws SQLException {
		return one(c, "select slot_name from pg_replication_slots where slot_name = '" + SLOT + "'") != null;
	}

	private static void dropSlot(Connection c) throws SQLException {
		one(c, "select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = '" + SLOT
				+ "'");
	}

	private static String one(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
