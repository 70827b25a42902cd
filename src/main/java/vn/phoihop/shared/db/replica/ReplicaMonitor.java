package vn.phoihop.shared.db.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

/**
 * Measures each replica against the primary: the primary's WAL position is sampled first, then each replica's
 * replayed position; a replica that has replayed at least that far is caught up now. Its lag is the time since it
 * was last caught up, which stays right when the primary is idle (no new WAL: nothing to be behind on) and grows
 * when replay stops or the link to the primary breaks. A replica that does not answer, or is no longer in recovery,
 * is down. Each app instance measures for itself; the measurement is one small query per server.
 */
final class ReplicaMonitor {

	private static final String PRIMARY_POSITION = "select pg_current_wal_lsn() - '0/0'::pg_lsn";

	private static final String REPLICA_POSITION = "select pg_is_in_recovery(), "
			+ "coalesce(pg_last_wal_replay_lsn() - '0/0'::pg_lsn, -1)";

	private final DataSource primary;

	private final List<Replica> replicas;

	private final Duration maxLag;

	private final Clock clock;

	ReplicaMonitor(DataSource primary, List<Replica> replicas, Duration maxLag, Clock clock) {
		this.primary = primary;
		this.replicas = replicas;
		this.maxLag = maxLag;
		this.clock = clock;
	}

	void check() {
		Instant sampled = clock.instant();
		long primaryPosition;
		try {
			primaryPosition = position(primary);
		}
		catch (SQLException ex) {
			// the primary is the app's own problem (the 503 page); the replicas' state is kept as it was
			return;
		}
		for (Replica replica : replicas) {
			measure(replica, primaryPosition, sampled);
		}
	}

	private void measure(Replica replica, long primaryPosition, Instant sampled) {
		try (Connection c = replica.probe(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(REPLICA_POSITION)) {
			rs.next();
			if (!rs.getBoolean(1)) {
				replica.failed("not in recovery: it was promoted or is not a replica");
				return;
			}
			if (rs.getLong(2) >= primaryPosition) {
				replica.caughtUp(sampled);
			}
			replica.measured(clock.instant(), maxLag);
		}
		catch (SQLException | RuntimeException ex) {
			replica.failed(ex.getMessage());
		}
	}

	private static long position(DataSource primary) throws SQLException {
		try (Connection c = primary.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(PRIMARY_POSITION)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
