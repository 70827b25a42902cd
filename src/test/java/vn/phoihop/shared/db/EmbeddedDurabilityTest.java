package vn.phoihop.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database of the zero-configuration run keeps what it was given through a power cut: a server whose
 * data is kept runs with fsync and synchronous commit on, read from the running server. Only a throw-away test
 * server (no data directory) runs without them.
 */
class EmbeddedDurabilityTest {

	@TempDir
	Path data;

	@Test
	void aServerWhoseDataIsKeptSyncsEveryCommitToDisk() throws Exception {
		EmbeddedPostgresServer kept = EmbeddedPostgresServer.start(data.resolve("pg").toString());
		try (Connection c = kept.postgres().getPostgresDatabase().getConnection()) {
			assertThat(setting(c, "fsync")).isEqualTo("on");
			assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(c, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void aThrowAwayTestServerNeedNotSync() throws Exception {
		EmbeddedPostgresServer throwAway = EmbeddedPostgresServer.start("");
		try (Connection c = throwAway.postgres().getPostgresDatabase().getConnection()) {
			assertThat(setting(c, "fsync")).isEqualTo("off");
		}
	}

	private static String setting(Connection c, String name) throws SQLException {
		try (ResultSet rs = c.createStatement().executeQuery("show " + name)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
