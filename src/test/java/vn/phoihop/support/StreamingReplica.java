package vn.phoihop.support;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import vn.phoihop.bench.BaseBackup;

/**
 * A real PostgreSQL streaming replica of a running primary, made the way PostgreSQL documents it with the same
 * binaries as the embedded server (which has no pg_basebackup): {@link BaseBackup}, shared with the benchmark's
 * replica. Started, it streams from the primary and answers read-only queries (hot standby).
 */
public final class StreamingReplica {

	private StreamingReplica() {
	}

	/** A primary for a test, its data in {@code dir}, kept until the test's temporary folder goes. */
	public static EmbeddedPostgres primary(Path dir, int port) throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(dir.toFile()).setCleanDataDirectory(false).setPort(port)
			.setServerConfig("wal_level", "replica").start();
	}

	/** Makes a base backup of {@code primary} (data in {@code primaryDir}) into {@code replicaDir}, set to follow it. */
	public static void backUp(EmbeddedPostgres primary, Path primaryDir, Path replicaDir, String slot)
			throws Exception {
		try (Connection c = primary.getPostgresDatabase().getConnection()) {
			BaseBackup.backUp(c, primary.getPort(), primaryDir, replicaDir, slot);
		}
	}

	/** Starts (or starts again) the replica whose data is in {@code dir}. */
	public static EmbeddedPostgres start(Path dir, int port) throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(dir.toFile()).setCleanDataDirectory(false).setPort(port)
			.start();
	}

}
