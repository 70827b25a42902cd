package vn.phoihop.household;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.phoihop.household.HouseholdImportService.Parsed;
import vn.phoihop.shared.security.CurrentUser;

/** Writes a checked import: the households in JDBC batches, their poverty record of this year, their members. */
@Component
class HouseholdImportWriter {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	HouseholdImportWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CurrentUser user, List<Parsed> rows) {
		int year = HouseholdService.currentYear();
		List<Long> ids = new ArrayList<>(rows.size());
		jdbc.execute((Connection con) -> {
			try (PreparedStatement ps = con.prepareStatement("""
					insert into household (commune_id, village_id, head_name, members, ethnicity, local_group, phone,
					  poverty_status, escaped_poverty_year, notes, created_by, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" })) {
				for (int i = 0; i < rows.size(); i++) {
					Parsed p = rows.get(i);
					ps.setLong(1, user.communeId());
					ps.setLong(2, p.villageId());
					ps.setString(3, p.headName());
					ps.setInt(4, p.members());
					ps.setString(5, p.ethnicity());
					ps.setString(6, p.localGroup());
					ps.setString(7, p.phone());
					ps.setString(8, p.status().name());
					if (p.escapedYear() == null) {
						ps.setNull(9, Types.INTEGER);
					}
					else {
						ps.setInt(9, p.escapedYear());
					}
					ps.setString(10, p.notes());
					ps.setString(11, user.username());
					ps.setString(12, user.username());
					ps.addBatch();
					if ((i + 1) % BATCH == 0 || i == rows.size() - 1) {
						ps.executeBatch();
						try (ResultSet keys = ps.getGeneratedKeys()) {
							while (keys.next()) {
								ids.add(keys.getLong(1));
							}
						}
					}
				}
			}
			return null;
		});
		List<Object[]> history = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			history.add(new Object[] { ids.get(i), year, rows.get(i).status().name() });
		}
		jdbc.batchUpdate("insert into household_poverty (household_id, year, status) values (?, ?, ?)", history);
		List<Object[]> members = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			List<MemberValues> list = rows.get(i).memberList();
			for (int j = 0; j < list.size(); j++) {
				MemberValues m = list.get(j);
				members.add(new Object[] { ids.get(i), j + 1, m.fullName(), m.birthYear(),
						m.sex() == null ? null : m.sex().name(), m.relation().name(),
						m.schoolLevel() == null ? null : m.schoolLevel().name() });
			}
		}
		if (!members.isEmpty()) {
			jdbc.batchUpdate("insert into household_member (household_id, position, full_name, birth_year, sex, "
					+ "relation, school_level) values (?, ?, ?, ?, ?, ?, ?)", members, new int[] { Types.BIGINT,
					Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR });
		}
	}

}
