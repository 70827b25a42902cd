package vn.phoihop.shared.db.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * The application's DataSource when replicas are named: the primary's pool behind Spring's
 * {@link LazyConnectionDataSourceProxy}, which takes a physical connection only at the first statement, after the
 * transaction has said whether it is read-only. A read-only transaction on a thread where {@link ReplicaReads} allows
 * it goes to a usable replica, taken in turn; everything else, and every read when no replica is usable, goes to the
 * primary. A replica that refuses a connection is left out at once, before the monitor notices.
 */
public final class ReplicaRouting extends LazyConnectionDataSourceProxy implements AutoCloseable {

	private final HikariDataSource primary;

	private final List<Replica> replicas;

	private final AtomicInteger turn = new AtomicInteger();

	private final ScheduledExecutorService monitoring;

	ReplicaRouting(HikariDataSource primary, ReplicaSettings settings) {
		super(primary);
		this.primary = primary;
		this.replicas = pools(primary, settings);
		setReadOnlyDataSource(new ReadOnly());
		ReplicaMonitor monitor = new ReplicaMonitor(primary, replicas, settings.maxLag(), Clock.systemUTC());
		this.monitoring = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "replica-monitor");
			t.setDaemon(true);
			return t;
		});
		long every = settings.checkInterval().toMillis();
		monitoring.scheduleWithFixedDelay(monitor::check, 0, every, TimeUnit.MILLISECONDS);
	}

	private static List<Replica> pools(HikariDataSource primary, ReplicaSettings settings) {
		List<Replica> pools = new ArrayList<>();
		for (int i = 0; i < settings.urls().size(); i++) {
			HikariConfig config = new HikariConfig();
			primary.copyStateTo(config);
			String name = "replica-" + (i + 1);
			config.setPoolName(name);
			config.setJdbcUrl(settings.urls().get(i));
			if (StringUtils.hasText(settings.username())) {
				config.setUsername(settings.username());
				config.setPassword(settings.password());
			}
			config.setReadOnly(true);
			// a replica that is down at start must not stop the app, and must not hold a request for long
			config.setInitializationFailTimeout(-1);
			config.setConnectionTimeout(Math.min(config.getConnectionTimeout(), 1000));
			pools.add(new Replica(name, config));
		}
		return List.copyOf(pools);
	}

	public List<Replica.Status> replicas() {
		return replicas.stream().map(Replica::status).toList();
	}

	private Connection readOnlyConnection() throws SQLException {
		if (ReplicaReads.allowed()) {
			int n = replicas.size();
			int first = Math.floorMod(turn.getAndIncrement(), n);
			for (int i = 0; i < n; i++) {
				Replica replica = replicas.get((first + i) % n);
				if (replica.usable()) {
					try {
						return replica.connection();
					}
					catch (SQLException ex) {
						replica.failed(ex.getMessage());
					}
				}
			}
		}
		return primary.getConnection();
	}

	@Override
	public void close() {
		monitoring.shutdownNow();
		replicas.forEach(Replica::close);
		primary.close();
	}

	/** Where the proxy takes a read-only transaction's connection. */
	private final class ReadOnly extends AbstractDataSource {

		@Override
		public Connection getConnection() throws SQLException {
			return readOnlyConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return readOnlyConnection();
		}

	}

}
