package vn.phoihop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A PostgreSQL streaming replica of a running primary made the way PostgreSQL documents it, with nothing but SQL and
 * a file copy, because the embedded server's binaries have no pg_basebackup: a physical replication slot that keeps
 * the WAL, the low-level base backup ({@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop}
 * and its {@code backup_label}), then {@code standby.signal} and {@code primary_conninfo}. Started, the copy streams
 * from the primary and answers read-only queries (hot standby). Used by the test of replica reads
 * ({@code support.StreamingReplica}) and by the benchmark's replica ({@link BenchReplica}).
 */
public final class BaseBackup {

	/** Files of a running server that a base backup leaves out (PostgreSQL's docs, "Making a Base Backup"). */
	private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

	private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
			"pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");

	private BaseBackup() {
	}

	/**
	 * Makes a base backup of the primary behind {@code primary} (a superuser connection; its data in
	 * {@code primaryDir}, listening on {@code primaryPort}) into {@code replicaDir}, set to follow it through the
	 * replication slot {@code slot}, which this creates.
	 */
	public static void backUp(Connection primary, int primaryPort, Path primaryDir, Path replicaDir, String slot)
			throws SQLException, IOException {
		try (Statement s = primary.createStatement()) {
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
		follow(replicaDir, primaryPort, slot);
	}

	/**
	 * Points the replica in {@code replicaDir} at the primary's port (an embedded primary takes a new port each time
	 * it starts): {@code primary_conninfo} and {@code primary_slot_name} in its {@code postgresql.auto.conf}, read when
	 * the replica starts.
	 */
	public static void follow(Path replicaDir, int primaryPort, String slot) throws IOException {
		Path conf = replicaDir.resolve("postgresql.auto.conf");
		List<String> kept = Files.exists(conf) ? Files.readAllLines(conf).stream()
			.filter(l -> !l.startsWith("primary_conninfo") && !l.startsWith("primary_slot_name"))
			.toList() : List.of();
		Files.writeString(conf, kept.stream().collect(Collectors.joining("\n")) + "\nprimary_conninfo = 'host=localhost port="
				+ primaryPort + " user=postgres application_name=" + slot + "'\nprimary_slot_name = '" + slot + "'\n");
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
					catch (NoSuchFileException gone) {
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
