package vn.phoihop.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Household members for the households of four villages (issue 24 §4): Bản Dộ and Bản Sy of former Trọng Hóa, Thôn
 * Thanh Sơn and Thôn Tân Đức of former Thanh Hóa. Each listed household gets exactly as many members as its recorded
 * count, so the population figures (2,907 households / 11,569 persons) do not move: the head, a spouse, children (a
 * school level by age in the 2025–2026 school year), a parent in the largest households. Fictitious names from the
 * demo's name lists, the children taking the head's family name. Deterministic (fixed seed).
 */
final class MemberDemoData {

	static final List<String> VILLAGES = List.of("Bản Dộ", "Bản Sy", "Thôn Thanh Sơn", "Thôn Tân Đức");

	/** The school year the children's levels are given for (its first calendar year). */
	static final int SCHOOL_YEAR = 2025;

	private final JdbcTemplate jdbc;

	private final Random random = new Random(20240905L);

	private final Map<String, List<String>> names = new LinkedHashMap<>();

	MemberDemoData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		for (String[] row : DemoData.csv("demo/names.csv")) {
			names.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
		}
	}

	private record Hh(long id, String head, int members, String ethnicity) {
	}

	void load() {
		List<Hh> households = jdbc.query("""
				select h.id, h.head_name, h.members, h.ethnicity from household h join village v on v.id = h.village_id
				join commune c on c.id = v.commune_id
				where c.code in ('TRONGHOA', 'THANHHOA') and v.name in (?, ?, ?, ?) order by h.id""",
				(rs, i) -> new Hh(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)),
				VILLAGES.toArray());
		List<Object[]> rows = new ArrayList<>();
		for (Hh h : households) {
			members(h, rows);
		}
		jdbc.batchUpdate("""
				insert into household_member (household_id, position, full_name, birth_year, sex, relation, school_level)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private void members(Hh h, List<Object[]> rows) {
		boolean female = h.head().contains(" Thị ");
		String family = h.head().substring(0, h.head().indexOf(' '));
		int headYear = 1962 + random.nextInt(34);
		add(rows, h, 1, h.head(), headYear, female, "HEAD", null);
		int position = 2;
		if (h.members() >= 2) {
			add(rows, h, position++, person(h.ethnicity(), !female, null), headYear - 3 + random.nextInt(7), !female,
					"SPOUSE", null);
		}
		boolean parent = h.members() >= 6;
		int children = h.members() - position + 1 - (parent ? 1 : 0);
		int year = Math.max(headYear + 19, 1985) + random.nextInt(4);
		for (int c = 0; c < children; c++) {
			boolean girl = random.nextBoolean();
			int born = Math.min(year, 2024);
			add(rows, h, position++, person(h.ethnicity(), girl, family), born, girl, "CHILD", school(born));
			year += 2 + random.nextInt(3);
		}
		if (parent) {
			boolean mother = random.nextBoolean();
			add(rows, h, position, person(h.ethnicity(), mother, family), headYear - 22 - random.nextInt(8), mother,
					"PARENT", null);
		}
	}

	/** The school level of a child born that year, in the 2025–2026 school year; some older children out of school. */
	private String school(int born) {
		int age = SCHOOL_YEAR - born;
		if (age >= 3 && age <= 5) {
			return "PRESCHOOL";
		}
		if (age >= 6 && age <= 10) {
			return "PRIMARY";
		}
		if (age >= 11 && age <= 14) {
			return random.nextInt(100) < 4 ? "OUT_OF_SCHOOL" : "LOWER_SECONDARY";
		}
		if (age >= 15 && age <= 17) {
			return random.nextInt(100) < 15 ? "OUT_OF_SCHOOL" : "UPPER_SECONDARY";
		}
		if (age >= 18 && age <= 21 && random.nextInt(100) < 25) {
			return random.nextBoolean() ? "VOCATIONAL" : "HIGHER";
		}
		return null;
	}

	private void add(List<Object[]> rows, Hh h, int position, String name, int born, boolean female, String relation,
			String school) {
		rows.add(new Object[] { h.id(), position, name, born, female ? "FEMALE" : "MALE", relation, school });
	}

	/** A name of the household's people: the family name given (a child, a parent) or one of the group's. */
	private String person(String ethnicity, boolean female, String family) {
		String f = family != null ? family : pick(names.get(switch (ethnicity) {
			case "CHUT" -> "FAMILY_CHUT";
			case "BRU_VAN_KIEU" -> "FAMILY_BRU";
			default -> "FAMILY_KINH";
		}));
		return f + " " + pick(names.get(female ? "MIDDLE_FEMALE" : "MIDDLE_MALE")) + " "
				+ pick(names.get(female ? "GIVEN_FEMALE" : "GIVEN_MALE"));
	}

	private String pick(List<String> list) {
		return list.get(random.nextInt(list.size()));
	}

}
