package vn.phoihop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL streaming replica of a running primary, made the way PostgreSQL documents it with the same
 * binaries as the embedded server (which has no pg_basebackup): a physical replication slot that keeps the WAL, the
 * low-level base backup ({@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop} and its
 * {@code backup_label}), then {@code standby.signal} and {@code primary_conninfo}. Started, it streams from the
 * primary and answers read-only queries (hot standby).
 */
public final class StreamingReplica {

	/** Files of a running server that a base backup leaves out (PostgreSQL's docs, "Making a Base Backup"). */
	private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

	private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
			"pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");

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
		try (Connection c = primary.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("select pg_create_physical_replication_slot('" + slot + "', true)");
			s.execute("select pg_backup_start('" + slot + "', true)");
			copy(primaryDir, replicaDir);
			try (ResultSet rs = s.executeQuery("select labelfile from pg_backup_stop(false)")) {
				rs.next();
				Files.writeString(replicaDir.resolve("backup_label"), rs.getString(1));
			}
		}
		// PostgreSQL starts only on a data directory its owner alone may enter
		Files.setPosixFilePermissions(replicaDir, PosixFilePermissions.fromString("rwx------"));
		Files.writeString(replicaDir.resolve("standby.signal"), "");
		Files.writeString(replicaDir.resolve("postgresql.auto.conf"),
				"\nprimary_conninfo = 'host=localhost port=" + primary.getPort() + " user=postgres application_name="
						+ slot + "'\nprimary_slot_name = '" + slot + "'\n",
				StandardOpenOption.APPEND);
	}

	/** Starts (or starts again) the replica whose data is in {@code dir}. */
	public static EmbeddedPostgres start(Path dir, int port) throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(dir.toFile()).setCleanDataDirectory(false).setPort(port)
			.start();
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				Path parent = from.relativize(dir);
				if (parent.getNameCount() != 1 || !EMPTIED.contains(parent.toString())) {
					return FileVisitResult.CONTINUE;
				}
				return "pg_wal".equals(parent.toString()) ? keepOnlyFolders(dir, to.resolve("pg_wal"))
						: FileVisitResult.SKIP_SUBTREE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (!LEFT_OUT.contains(file.getFileName().toString())) {
					try {
						Files.copy(file, to.resolve(from.relativize(file).toString()),
								StandardCopyOption.REPLACE_EXISTING);
					}
					catch (java.nio.file.NoSuchFileException gone) {
						// a temporary file the server removed while it was copied: PostgreSQL allows this
					}
				}
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** pg_wal: its folders without their files (the WAL comes from the primary by streaming). */
	private static FileVisitResult keepOnlyFolders(Path dir, Path target) {
		try (var children = Files.list(dir)) {
			for (Path child : (Iterable<Path>) children::iterator) {
				if (Files.isDirectory(child)) {
					Files.createDirectories(target.resolve(child.getFileName().toString()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return FileVisitResult.SKIP_SUBTREE;
	}

}
