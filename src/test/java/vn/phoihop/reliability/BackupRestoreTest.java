package vn.phoihop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarFile;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.AppInstance;
import vn.phoihop.support.HttpSession;
import vn.phoihop.support.Pages;

/**
 * Backup and restore (issue 9 §7): scripts/backup.sh dumps the demo database, scripts/restore.sh loads the dump into
 * a fresh, empty server, and the app started on the restored database signs the same people in and shows the same
 * report figures, the same rows and the same attached scan, byte for byte.
 *
 * <p>pg_dump refuses a server of a newer major version, and the pg_dump that Debian 12 installs is 15, so the
 * round trip runs on a PostgreSQL 15 server (its binaries come from Maven Central, copied to target/postgres-15 by
 * the build). The scripts themselves are version-agnostic; docs/operations.md says which client to use in
 * production (the server's major version).
 */
class BackupRestoreTest {

	static final String REPORT = "/reports/period?post=RAMAI&from=2017-01-01&to=2020-12-31";

	static final Path POSTGRES_15 = Path.of("target/postgres-15/postgres-15.jar");

	@TempDir
	Path work;

	private static EmbeddedPostgres postgres15(File dir) throws Exception {
		assertThat(POSTGRES_15).as("PostgreSQL 15 binaries: run the test through Maven (./mvnw verify)").exists();
		return EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(true)
			.setPgBinaryResolver((system, machine) -> {
				JarFile jar = new JarFile(POSTGRES_15.toFile());
				return jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz"));
			})
			.start();
	}

	private static ConfigurableApplicationContext app(EmbeddedPostgres pg, boolean demoData) {
		return AppInstance.onPort(pg.getPort(), demoData);
	}

	private static String base(ConfigurableApplicationContext app) {
		return AppInstance.url(app);
	}

	/** Runs a script of scripts/ against the server, as an operator would, and returns its output. */
	private static String script(EmbeddedPostgres pg, String... command) throws Exception {
		ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
		process.environment().putAll(Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(pg.getPort()),
				"PGUSER", "postgres", "PGPASSWORD", "postgres", "PGDATABASE", "postgres"));
		Process p = process.start();
		String output = new String(p.getInputStream().readAllBytes());
		assertThat(p.waitFor()).as(String.join(" ", command) + " printed:\n" + output).isZero();
		return output;
	}

	/** Every table of the schema and its row count. */
	private static Map<String, Long> rowCounts(EmbeddedPostgres pg) {
		JdbcTemplate jdbc = new JdbcTemplate(pg.getPostgresDatabase());
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'spring_session%'
				order by table_name""", String.class)) {
			counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
		}
		return counts;
	}

	@Test
	void aBackupRestoredIntoAFreshServerGivesTheSameFiguresRowsAndScans() throws Exception {
		assertThat(Path.of("/usr/bin/pg_dump")).as("pg_dump and pg_restore: apt-get install postgresql-client")
			.exists();
		byte[] scan = ("%PDF-1.4\n% Quy chế phối hợp đã ký\n" + System.nanoTime()).getBytes();
		Path dump = work.resolve("phoihop.dump");
		String reportBefore;
		long agreementId;
		Map<String, Long> countsBefore;

		EmbeddedPostgres original = postgres15(work.resolve("original").toFile());
		try (ConfigurableApplicationContext app = app(original, true)) {
			JdbcTemplate jdbc = new JdbcTemplate(original.getPostgresDatabase());
			agreementId = jdbc.queryForObject("""
					select min(a.id) from agreement a join border_post p on p.id = a.post_id where p.code = 'RAMAI'""",
					Long.class);
			jdbc.update("delete from agreement_scan where agreement_id = ?", agreementId);
			jdbc.update("""
					insert into agreement_scan (agreement_id, filename, content_type, size_bytes, data, uploaded_by)
					values (?, 'quy-che-da-ky.pdf', 'application/pdf', ?, ?, 'chihuy.ramai')""", agreementId,
					scan.length, scan);
			HttpSession commander = new HttpSession(base(app)).withDatabase(jdbc);
			assertThat(commander.signIn("chihuy.ramai", "Demo@2026").statusCode()).isEqualTo(302);
			reportBefore = Pages.main(commander.get(REPORT).body());
			assertThat(reportBefore).contains("274").contains("7.512").contains("2.907");
			assertThat(commander.download("/agreements/" + agreementId + "/scan").body()).isEqualTo(scan);

			assertThat(script(original, "bash", "scripts/backup.sh", dump.toString())).contains("backup written");
			countsBefore = rowCounts(original);
		}
		finally {
			original.close();
		}
		assertThat(dump).isNotEmptyFile();

		EmbeddedPostgres fresh = postgres15(work.resolve("fresh").toFile());
		try {
			assertThat(script(fresh, "bash", "scripts/restore.sh", dump.toString())).contains("restored");
			assertThat(rowCounts(fresh)).isEqualTo(countsBefore);
			assertThat(countsBefore.get("activity")).isPositive();
			try (ConfigurableApplicationContext app = app(fresh, false)) {
				// the app added nothing on start (no demo data, no first admin): still the backed-up rows
				assertThat(rowCounts(fresh)).isEqualTo(countsBefore);
				// the second-factor secrets came back with the rows, readable with the same key (AppInstance)
				HttpSession commander = new HttpSession(base(app))
					.withDatabase(new JdbcTemplate(fresh.getPostgresDatabase()));
				assertThat(commander.signIn("chihuy.ramai", "Demo@2026").statusCode()).isEqualTo(302);
				assertThat(Pages.main(commander.get(REPORT).body())).isEqualTo(reportBefore);
				var download = commander.download("/agreements/" + agreementId + "/scan");
				assertThat(download.statusCode()).isEqualTo(200);
				assertThat(sha256(download.body())).isEqualTo(sha256(scan));
			}
		}
		finally {
			fresh.close();
		}
	}

	private static String sha256(byte[] data) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
	}

}
