package vn.phoihop.household;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Test data for the household module, saved through the real database with unique names. */
@Component
class HouseholdFixtures {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final JdbcTemplate jdbc;

	HouseholdFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A unique, unaccented token (letters only) to put in test names. */
	static String token() {
		StringBuilder sb = new StringBuilder();
		long n = System.nanoTime() % 100000000L * 100 + SEQ.incrementAndGet();
		while (n > 0) {
			sb.append((char) ('a' + n % 26));
			n /= 26;
		}
		return "Zq" + sb;
	}

	long communeId(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	long villageId(String communeCode, String name) {
		return jdbc.queryForObject(
				"select v.id from village v join commune c on c.id = v.commune_id where c.code = ? and v.name = ?",
				Long.class, communeCode, name);
	}

	/** A household of a commune's first village, inserted directly (as the demo data is). */
	long household(String communeCode, String headName, int members) {
		long village = jdbc.queryForObject(
				"select min(v.id) from village v join commune c on c.id = v.commune_id where c.code = ?", Long.class,
				communeCode);
		return jdbc.queryForObject("""
				insert into household (commune_id, village_id, head_name, members, ethnicity, poverty_status,
				  created_by, updated_by)
				values (?, ?, ?, ?, 'KINH', 'NOT_POOR', 'test', 'test') returning id""", Long.class,
				communeId(communeCode), village, headName, members);
	}

	long householdCount() {
		return jdbc.queryForObject("select count(*) from household", Long.class);
	}

	long exportsBy(String username) {
		return jdbc.queryForObject(
				"select count(*) from audit_event where action = 'EXPORT' and entity_type = 'Household' and username = ?",
				Long.class, username);
	}

}
