package vn.phoihop.shared.db.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One streaming replica: its own connection pool and the state last measured by {@link ReplicaMonitor}. It is used
 * only while {@link State#UP}: answering, in recovery (still a replica) and no further behind than the allowed lag.
 */
public final class Replica implements AutoCloseable {

	public enum State {
		/** Not measured yet, or not answering, or no longer a replica (promoted). */
		DOWN,
		/** Answering but further behind the primary than allowed. */
		LAGGING,
		UP
	}

	/** What a replica looked like at its last measurement: for logs, operations and tests. */
	public record Status(String name, String url, State state, Duration lag, long reads) {
	}

	private static final Log log = LogFactory.getLog(Replica.class);

	private final String name;

	private final HikariDataSource pool;

	private final AtomicLong reads = new AtomicLong();

	private volatile State state = State.DOWN;

	/** The last time its replayed WAL had reached the primary's position as sampled just before. */
	private volatile Instant caughtUpAt;

	private volatile Duration lag = Duration.ZERO;

	Replica(String name, HikariConfig config) {
		this.name = name;
		this.pool = new HikariDataSource(config);
	}

	String name() {
		return name;
	}

	boolean usable() {
		return state == State.UP;
	}

	/**
	 * A connection checked with one round trip: a pooled connection to a replica that has just stopped looks alive
	 * to the pool for a moment, and a read that failed on it would fail the user's page.
	 */
	Connection connection() throws SQLException {
		Connection connection = pool.getConnection();
		if (!connection.isValid(1)) {
			pool.evictConnection(connection);
			throw new SQLException("the replica's connection does not answer", "08006");
		}
		reads.incrementAndGet();
		return connection;
	}

	/** Opened for a measurement only: not counted as a read. */
	Connection probe() throws SQLException {
		return pool.getConnection();
	}

	void caughtUp(Instant at) {
		caughtUpAt = at;
	}

	/** A measurement succeeded: the lag is the time since it was last caught up. */
	void measured(Instant now, Duration maxLag) {
		lag = caughtUpAt == null ? Duration.ofDays(1) : Duration.between(caughtUpAt, now);
		change(lag.compareTo(maxLag) <= 0 ? State.UP : State.LAGGING, "lag " + lag.toMillis() + " ms");
	}

	void failed(String why) {
		change(State.DOWN, why);
	}

	private void change(State next, String why) {
		State before = state;
		state = next;
		if (before != next) {
			if (next == State.UP) {
				log.info("Replica " + name + " is used for reads again (" + why + ")");
			}
			else {
				log.warn("Replica " + name + " is left out: " + next + " (" + why + ")");
			}
		}
	}

	public Status status() {
		return new Status(name, pool.getJdbcUrl(), state, lag, reads.get());
	}

	@Override
	public void close() {
		pool.close();
	}

}
