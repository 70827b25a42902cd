package vn.phoihop.privacy;

import java.sql.Array;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.phoihop.household.PersonalDataAccessed;

/**
 * Writes the access log (V057) when the household module says personal data was reached: synchronously, in the
 * publisher's transaction, one row per commune reached (a household's page: one insert; an export of many communes:
 * one batch). A failed insert fails the page or the export's record, so no access goes unrecorded.
 */
@Component
class AccessLogRecorder {

	private static final String INSERT = """
			insert into privacy_access_log (username, user_role, kind, unmasked, commune_id, household_ids, record_count,
			  purpose, what)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	AccessLogRecorder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(PersonalDataAccessed e) {
		List<Map.Entry<Long, List<Long>>> rows = new ArrayList<>(e.householdsByCommune().entrySet());
		if (rows.isEmpty()) {
			return;
		}
		jdbc.execute((Connection con) -> {
			try (var ps = con.prepareStatement(INSERT)) {
				for (Map.Entry<Long, List<Long>> row : rows) {
					Array ids = con.createArrayOf("bigint", row.getValue().toArray());
					ps.setString(1, e.username());
					ps.setString(2, e.role().name());
					ps.setString(3, e.kind().name());
					ps.setBoolean(4, e.unmasked());
					ps.setLong(5, row.getKey());
					ps.setArray(6, ids);
					ps.setInt(7, row.getValue().size());
					ps.setString(8, e.purpose());
					ps.setString(9, e.what());
					if (rows.size() == 1) {
						ps.executeUpdate();
					}
					else {
						ps.addBatch();
					}
				}
				if (rows.size() > 1) {
					ps.executeBatch();
				}
			}
			return null;
		});
	}

}
