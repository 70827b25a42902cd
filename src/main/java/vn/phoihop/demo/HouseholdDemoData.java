package vn.phoihop.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The population side of the demo data set (issue 3): the 28 villages of former Trọng Hóa and Thanh Hóa hold
 * exactly 2,907 households / 11,569 persons (the article's figures), with poverty history 2017–2025, 19 security
 * &amp; order groups (455 members), 9 border-marker groups (149 households / 480 persons), the article's three
 * economic models and about twenty cadres of Ra Mai in charge of villages and households. Deterministic: a fixed
 * seed, so every evaluation database is the same.
 */
final class HouseholdDemoData {

	static final int HOUSEHOLDS = 2907;

	static final int PERSONS = 11569;

	static final int SECURITY_GROUPS = 19;

	static final int SECURITY_MEMBERS = 455;

	static final int MARKER_GROUPS = 9;

	static final int MARKER_HOUSEHOLDS = 149;

	static final int MARKER_PERSONS = 480;

	private static final int FIRST_YEAR = 2017;

	private static final int LAST_YEAR = 2025;

	private final JdbcTemplate jdbc;

	private final Random random = new Random(20170930L);

	private final Map<String, List<String>> names = new LinkedHashMap<>();

	HouseholdDemoData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		for (String[] row : DemoData.csv("demo/names.csv")) {
			names.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
		}
	}

	private record Village(long id, long communeId, String commune, String name) {
	}

	private static final class Hh {

		long id;

		Village village;

		String head;

		int members;

		String ethnicity;

		String localGroup;

		String[] status = new String[LAST_YEAR - FIRST_YEAR + 1];

		Integer escaped;

		Long cadreId;

		boolean marker;

	}

	void load() {
		List<Village> villages = jdbc.query("""
				select v.id, v.commune_id, c.code, v.name from village v join commune c on c.id = v.commune_id
				where c.code in ('TRONGHOA', 'THANHHOA') order by c.code desc, v.id""",
				(rs, i) -> new Village(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);

		List<Long> cadres = insertCadres(post);
		List<Hh> households = generate(villages);
		markBorderGroups(villages, households);
		balanceMembers(households);
		// cadres in charge: each village has one; the households poor in 2017 each get their village's cadre
		Map<Long, Long> villageCadre = new LinkedHashMap<>();
		for (int i = 0; i < villages.size(); i++) {
			villageCadre.put(villages.get(i).id(), cadres.get(i % cadres.size()));
		}
		for (Hh h : households) {
			if (!"NOT_POOR".equals(h.status[0])) {
				h.cadreId = villageCadre.get(h.village.id());
			}
		}
		insertHouseholds(households);
		insertAssignments(villages, villageCadre, households);
		insertGroups(villages, households);
		insertModels(households);
	}

	private List<Long> insertCadres(long post) {
		String[][] people = { { "Hồ Văn Nam", "Thượng úy", "Cán bộ vận động quần chúng" },
				{ "Phạm Minh Dũng", "Trung tá", "Đồn trưởng" }, { "Lê Văn Hùng", "Thiếu tá", "Chính trị viên" },
				{ "Nguyễn Đức Thắng", "Thiếu tá", "Phó Đồn trưởng" }, { "Trần Quốc Toản", "Đại úy", "Đội trưởng vận động quần chúng" },
				{ "Đinh Xuân Lộc", "Đại úy", "Cán bộ địa bàn" }, { "Cao Văn Sơn", "Thượng úy", "Cán bộ địa bàn" },
				{ "Võ Thanh Bình", "Thượng úy", "Cán bộ địa bàn" }, { "Hoàng Văn Tú", "Trung úy", "Cán bộ địa bàn" },
				{ "Bùi Đình Khánh", "Thượng úy", "Cán bộ trinh sát" }, { "Đặng Công Hậu", "Đại úy", "Cán bộ địa bàn" },
				{ "Trương Văn Minh", "Thiếu tá", "Đội trưởng trinh sát" }, { "Mai Hữu Phước", "Trung úy", "Cán bộ địa bàn" },
				{ "Lương Văn Tài", "Thượng úy", "Cán bộ y tế" }, { "Phan Ngọc Hải", "Đại úy", "Cán bộ địa bàn" },
				{ "Đoàn Văn Quý", "Trung úy", "Cán bộ địa bàn" }, { "Nguyễn Văn Hòa", "Thượng úy", "Cán bộ địa bàn" },
				{ "Lê Quang Vinh", "Đại úy", "Cán bộ vận động quần chúng" }, { "Hồ Xuân Trường", "Trung úy", "Cán bộ địa bàn" },
				{ "Trần Văn Lực", "Thượng úy", "Cán bộ địa bàn" } };
		Long canbo = jdbc.query("select id from app_user where username = 'canbo.ramai'",
				rs -> rs.next() ? rs.getLong(1) : null);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < people.length; i++) {
			ids.add(jdbc.queryForObject("""
					insert into cadre (post_id, name, rank, position, party_member, user_id, created_by, updated_by)
					values (?, ?, ?, ?, ?, ?, 'demo', 'demo') returning id""", Long.class, post, people[i][0],
					people[i][1], people[i][2], i != 8, i == 0 ? canbo : null));
		}
		// the commander and the political officer stay out of the village rota
		return rota(ids);
	}

	private static List<Long> rota(List<Long> ids) {
		List<Long> r = new ArrayList<>(ids);
		r.remove(2);
		r.remove(1);
		return r;
	}

	private List<Hh> generate(List<Village> villages) {
		// split the households over the villages by random weights, exactly HOUSEHOLDS in all
		int[] weights = new int[villages.size()];
		int totalWeight = 0;
		for (int i = 0; i < weights.length; i++) {
			weights[i] = ("TRONGHOA".equals(villages.get(i).commune()) ? 50 : 110) + random.nextInt(80);
			totalWeight += weights[i];
		}
		int[] counts = new int[villages.size()];
		int assigned = 0;
		for (int i = 0; i < counts.length; i++) {
			counts[i] = HOUSEHOLDS * weights[i] / totalWeight;
			assigned += counts[i];
		}
		for (int i = 0; assigned < HOUSEHOLDS; i = (i + 1) % counts.length) {
			counts[i]++;
			assigned++;
		}
		List<Hh> all = new ArrayList<>();
		for (int v = 0; v < villages.size(); v++) {
			Village village = villages.get(v);
			boolean trongHoa = "TRONGHOA".equals(village.commune());
			for (int n = 0; n < counts[v]; n++) {
				Hh h = new Hh();
				h.village = village;
				int e = random.nextInt(100);
				if (trongHoa) {
					h.ethnicity = e < 55 ? "CHUT" : e < 90 ? "BRU_VAN_KIEU" : "KINH";
				}
				else {
					h.ethnicity = e < 80 ? "KINH" : "CHUT";
				}
				h.localGroup = switch (h.ethnicity) {
					case "CHUT" -> pick(List.of("Sách", "Mày", "Rục", "Arem", "Mã Liềng"));
					case "BRU_VAN_KIEU" -> pick(List.of("Khùa", "Trì", "Ma Coong", "Vân Kiều"));
					default -> null;
				};
				h.head = name(h.ethnicity);
				h.members = 1 + (int) Math.round(Math.max(0, Math.min(8, 3 + random.nextGaussian() * 1.4)));
				povertyHistory(h, trongHoa);
				all.add(h);
			}
		}
		return all;
	}

	private String name(String ethnicity) {
		String family = pick(names.get(switch (ethnicity) {
			case "CHUT" -> "FAMILY_CHUT";
			case "BRU_VAN_KIEU" -> "FAMILY_BRU";
			default -> "FAMILY_KINH";
		}));
		boolean male = random.nextInt(100) < 82;
		return family + " " + pick(names.get(male ? "MIDDLE_MALE" : "MIDDLE_FEMALE")) + " "
				+ pick(names.get(male ? "GIVEN_MALE" : "GIVEN_FEMALE"));
	}

	/** About 45% poor in Trọng Hóa and 25% in Thanh Hóa in 2017, falling each year; escapes recorded. */
	private void povertyHistory(Hh h, boolean trongHoa) {
		int r = random.nextInt(100);
		String s = r < (trongHoa ? 45 : 25) ? "POOR" : r < (trongHoa ? 62 : 37) ? "NEAR_POOR" : "NOT_POOR";
		for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
			if (y > FIRST_YEAR) {
				int p = random.nextInt(100);
				if ("POOR".equals(s) && p < 14) {
					s = p < 6 ? "NOT_POOR" : "NEAR_POOR";
				}
				else if ("NEAR_POOR".equals(s) && p < 18) {
					s = "NOT_POOR";
				}
				if ("NOT_POOR".equals(s) && h.escaped == null && !"NOT_POOR".equals(h.status[0])) {
					h.escaped = y;
				}
			}
			h.status[y - FIRST_YEAR] = s;
		}
	}

	/** The first households of the nine border villages (the last of each commune's list) form the marker groups. */
	private void markBorderGroups(List<Village> villages, List<Hh> households) {
		int[] sizes = groupSizes(MARKER_HOUSEHOLDS, MARKER_GROUPS);
		List<Village> border = borderVillages(villages);
		for (int g = 0; g < MARKER_GROUPS; g++) {
			Village v = border.get(g);
			int taken = 0;
			for (Hh h : households) {
				if (taken == sizes[g]) {
					break;
				}
				if (h.village.id() == v.id()) {
					h.marker = true;
					taken++;
				}
			}
		}
	}

	private static List<Village> borderVillages(List<Village> villages) {
		// five of Trọng Hóa's and four of Thanh Hóa's villages lie on the border line
		List<Village> trong = villages.stream().filter(v -> "TRONGHOA".equals(v.commune())).toList();
		List<Village> thanh = villages.stream().filter(v -> "THANHHOA".equals(v.commune())).toList();
		List<Village> border = new ArrayList<>(trong.subList(0, 5));
		border.addAll(thanh.subList(thanh.size() - 4, thanh.size()));
		return border;
	}

	/** Nudges member counts (1–10) until marker households hold 480 persons and all households 11,569. */
	private void balanceMembers(List<Hh> households) {
		List<Hh> marker = households.stream().filter(h -> h.marker).toList();
		List<Hh> rest = households.stream().filter(h -> !h.marker).toList();
		balance(marker, MARKER_PERSONS);
		balance(rest, PERSONS - MARKER_PERSONS);
	}

	private void balance(List<Hh> list, int target) {
		int sum = list.stream().mapToInt(h -> h.members).sum();
		while (sum != target) {
			Hh h = list.get(random.nextInt(list.size()));
			if (sum < target && h.members < 10) {
				h.members++;
				sum++;
			}
			else if (sum > target && h.members > 1) {
				h.members--;
				sum--;
			}
		}
	}

	private void insertHouseholds(List<Hh> households) {
		jdbc.batchUpdate("""
				insert into household (commune_id, village_id, head_name, members, ethnicity, local_group, phone,
				  poverty_status, escaped_poverty_year, cadre_id, notes, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, 'demo', 'demo')""", households, 500, (ps, h) -> {
			ps.setLong(1, h.village.communeId());
			ps.setLong(2, h.village.id());
			ps.setString(3, h.head);
			ps.setInt(4, h.members);
			ps.setString(5, h.ethnicity);
			ps.setString(6, h.localGroup);
			ps.setString(7, random.nextInt(100) < 40 ? "09" + (10000000 + random.nextInt(89999999)) : null);
			ps.setString(8, h.status[h.status.length - 1]);
			ps.setObject(9, h.escaped);
			ps.setObject(10, h.cadreId);
		});
		List<Long> ids = jdbc.queryForList("select id from household order by id", Long.class);
		for (int i = 0; i < households.size(); i++) {
			households.get(i).id = ids.get(ids.size() - households.size() + i);
		}
		List<Object[]> history = new ArrayList<>();
		for (Hh h : households) {
			for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
				history.add(new Object[] { h.id, y, h.status[y - FIRST_YEAR] });
			}
		}
		jdbc.batchUpdate("insert into household_poverty (household_id, year, status) values (?, ?, ?)", history);
	}

	private void insertAssignments(List<Village> villages, Map<Long, Long> villageCadre, List<Hh> households) {
		List<Object[]> rows = new ArrayList<>();
		Date from = Date.valueOf(LocalDate.of(2017, 1, 1));
		for (Village v : villages) {
			rows.add(new Object[] { villageCadre.get(v.id()), v.id(), null, from });
		}
		for (Hh h : households) {
			if (h.cadreId != null) {
				rows.add(new Object[] { h.cadreId, null, h.id, from });
			}
		}
		jdbc.batchUpdate("""
				insert into assignment (cadre_id, village_id, household_id, valid_from, created_by, updated_by)
				values (?, ?, ?, ?, 'demo', 'demo')""", rows);
	}

	private void insertGroups(List<Village> villages, List<Hh> households) {
		// 19 security & order groups with 455 members: one in each of 19 villages, 8 member households each
		int[] members = groupSizes(SECURITY_MEMBERS, SECURITY_GROUPS);
		for (int g = 0; g < SECURITY_GROUPS; g++) {
			Village v = villages.get(g);
			List<Hh> inVillage = households.stream().filter(h -> h.village.id() == v.id() && !h.marker).limit(8).toList();
			long id = insertGroup("SECURITY_ORDER", "Tổ tự quản ANTT " + v.name(), v, LocalDate.of(2017, 3, 1 + g),
					inVillage.get(0).head, members[g]);
			groupHouseholds(id, inVillage);
		}
		List<Village> border = borderVillages(villages);
		for (int g = 0; g < MARKER_GROUPS; g++) {
			Village v = border.get(g);
			List<Hh> inGroup = households.stream().filter(h -> h.marker && h.village.id() == v.id()).toList();
			int persons = inGroup.stream().mapToInt(h -> h.members).sum();
			long id = insertGroup("BORDER_MARKER", "Tổ tự quản đường biên, cột mốc " + v.name(), v,
					LocalDate.of(2017, 5, 10 + g), inGroup.get(0).head, persons);
			groupHouseholds(id, inGroup);
		}
	}

	private long insertGroup(String type, String name, Village v, LocalDate established, String leader, int members) {
		return jdbc.queryForObject("""
				insert into self_managed_group (type, name, commune_id, village_id, established_on, leader_name,
				  member_count, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, 'demo', 'demo') returning id""", Long.class, type, name, v.communeId(),
				v.id(), Date.valueOf(established), leader, members);
	}

	private void groupHouseholds(long groupId, List<Hh> members) {
		jdbc.batchUpdate("insert into self_managed_group_household (group_id, household_id) values (?, ?)",
				members.stream().map(h -> new Object[] { groupId, h.id }).toList());
	}

	private void insertModels(List<Hh> households) {
		model("Mô hình trồng mít Thái", "TRONGHOA", LocalDate.of(2018, 3, 15),
				"Hỗ trợ giống mít Thái và kỹ thuật chăm sóc cho các hộ nghèo, cận nghèo.", households, 24);
		model("Mô hình trồng cam Khe Mây", "THANHHOA", LocalDate.of(2018, 9, 1),
				"Phát triển cây cam Khe Mây trên đất vườn đồi, bao tiêu đầu ra qua hợp tác xã.", households, 30);
		model("Mô hình nuôi dê lấy thịt", "TRONGHOA", LocalDate.of(2019, 4, 20),
				"Đồn Biên phòng hỗ trợ dê giống và chuồng trại cho hộ nghèo đồng bào Chứt.", households, 18);
	}

	private void model(String name, String communeCode, LocalDate started, String description, List<Hh> households,
			int count) {
		long commune = jdbc.queryForObject("select id from commune where code = ?", Long.class, communeCode);
		long id = jdbc.queryForObject("""
				insert into economic_model (name, commune_id, started_on, description, created_by, updated_by)
				values (?, ?, ?, ?, 'demo', 'demo') returning id""", Long.class, name, commune, Date.valueOf(started),
				description);
		List<Hh> poor = households.stream()
			.filter(h -> h.village.communeId() == commune && "POOR".equals(h.status[0]))
			.toList();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count && i < poor.size(); i++) {
			rows.add(new Object[] { id, poor.get((i * 7 + (int) id) % poor.size()).id });
		}
		jdbc.batchUpdate("insert into economic_model_household (model_id, household_id) values (?, ?) "
				+ "on conflict do nothing", rows);
	}

	private static int[] groupSizes(int total, int groups) {
		int[] sizes = new int[groups];
		for (int i = 0; i < groups; i++) {
			sizes[i] = total / groups + (i < total % groups ? 1 : 0);
		}
		return sizes;
	}

	private String pick(List<String> list) {
		return list.get(random.nextInt(list.size()));
	}

}
