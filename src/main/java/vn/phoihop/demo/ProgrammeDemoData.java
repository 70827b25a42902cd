package vn.phoihop.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ra Mai's three programmes of the article's kind (issue 24 §3), with fictitious beneficiaries and the support they
 * received: "Nâng bước em tới trường" (pupils of the listed households, school supplies each September and a monthly
 * allowance through the school year), "Con nuôi đồn Biên phòng" (children adopted by the post since 2021, a monthly
 * allowance and a Tết gift) and "Xuân Biên phòng ấm lòng dân bản" (a gift and rice before each Tết to poor households,
 * who leave the programme the year they escape poverty). Only the households and members of {@link MemberDemoData}'s
 * villages and the poverty records are read: no figure of the article moves. Deterministic (fixed seed).
 */
final class ProgrammeDemoData {

	private static final String POST = "Đồn Biên phòng Ra Mai";

	private final JdbcTemplate jdbc;

	private final Random random = new Random(20231001L);

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final List<Object[]> supports = new ArrayList<>();

	ProgrammeDemoData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private record Person(long householdId, long memberId, long communeId, int born) {
	}

	void load() {
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		long school = programme(post, "SCHOOL_SPONSORSHIP", "Nâng bước em tới trường", LocalDate.of(2017, 9, 1),
				"Đồn Biên phòng Ra Mai đỡ đầu học sinh nghèo, học sinh có hoàn cảnh khó khăn ở các bản đến khi học xong "
						+ "trung học phổ thông: hỗ trợ đồ dùng học tập đầu năm học và tiền ăn hằng tháng (dữ liệu minh họa).");
		long adopted = programme(post, "ADOPTED_CHILD", "Con nuôi đồn Biên phòng", LocalDate.of(2021, 9, 1),
				"Nhận trẻ em mồ côi, có hoàn cảnh đặc biệt khó khăn làm con nuôi của đồn, nuôi dưỡng, hỗ trợ học tập đến "
						+ "khi đủ 18 tuổi (dữ liệu minh họa).");
		long tet = programme(post, "TET_GIFTS", "Xuân Biên phòng ấm lòng dân bản", LocalDate.of(2018, 1, 1),
				"Tặng quà Tết cho hộ nghèo, hộ cận nghèo và gia đình chính sách các bản trước mỗi dịp Tết Nguyên đán "
						+ "(dữ liệu minh họa).");
		List<Person> children = jdbc.query("""
				select m.household_id, m.id, h.commune_id, m.birth_year from household_member m
				join household h on h.id = m.household_id
				where m.relation = 'CHILD' and m.birth_year between 2003 and 2017 and h.poverty_status <> 'NOT_POOR'
				order by m.id""", (rs, i) -> new Person(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)));
		pupils(school, children);
		adoptedChildren(adopted, children);
		tetGifts(tet);
		jdbc.batchUpdate("""
				insert into programme_support (beneficiary_id, given_on, kind, quantity, unit, value_dong, given_by,
				  created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, 'demo', 'demo')""", supports);
	}

	private long programme(long post, String kind, String name, LocalDate starts, String description) {
		return jdbc.queryForObject("""
				insert into programme (kind_id, name, post_id, starts_on, description, created_by, updated_by)
				select id, ?, ?, ?, ?, 'demo', 'demo' from programme_kind where code = ? returning id""", Long.class,
				name, post, Date.valueOf(starts), description, kind);
	}

	private long beneficiary(long programme, Person p, Long member, LocalDate joined, LocalDate left, String reason) {
		return jdbc.queryForObject("""
				insert into programme_beneficiary (programme_id, household_id, member_id, commune_id, joined_on, left_on,
				  leave_reason, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, 'demo', 'demo') returning id""", Long.class, programme, p.householdId(),
				member, p.communeId(), Date.valueOf(joined), left == null ? null : Date.valueOf(left), reason);
	}

	private void support(long beneficiary, LocalDate day, String kind, Object quantity, String unit, long value,
			String by) {
		if (!day.isAfter(today)) {
			supports.add(new Object[] { beneficiary, Date.valueOf(day), kind, quantity, unit, value, by });
		}
	}

	/**
	 * 24 pupils, one in two of the children of school age in poor and near-poor households: each from the school year
	 * they were 10 (or the programme's first) until they finish upper secondary school (18), when they leave.
	 */
	private void pupils(long programme, List<Person> children) {
		int taken = 0;
		for (int i = 0; i < children.size() && taken < 24; i += 2) {
			Person p = children.get(i);
			int firstYear = Math.max(2017, p.born() + 10);
			LocalDate joined = LocalDate.of(firstYear, 9, 5);
			if (joined.isAfter(today)) {
				continue;
			}
			int lastYear = p.born() + 17;
			LocalDate left = LocalDate.of(lastYear + 1, 6, 30);
			boolean finished = !left.isAfter(today);
			long b = beneficiary(programme, p, p.memberId(), joined, finished ? left : null,
					finished ? "Đã học xong trung học phổ thông" : null);
			for (int y = firstYear; y <= lastYear; y++) {
				support(b, LocalDate.of(y, 9, 5), "SCHOOL_SUPPLIES", 1, "bộ", 350_000 + 50_000L * random.nextInt(4),
						POST);
				for (int m = 0; m < 9; m++) {
					LocalDate month = LocalDate.of(y, 9, 25).plusMonths(m);
					support(b, month, "MONEY", null, null, 500_000, "Chi đoàn " + POST);
				}
			}
			taken++;
		}
	}

	/** Six younger children adopted since September 2021 (none of them a pupil of the other programme). */
	private void adoptedChildren(long programme, List<Person> children) {
		int taken = 0;
		for (int i = 1; i < children.size() && taken < 6; i += 2) {
			Person p = children.get(i);
			if (p.born() < 2012) {
				continue;
			}
			LocalDate joined = LocalDate.of(2021, 9, 15).plusMonths(taken * 3L);
			long b = beneficiary(programme, p, p.memberId(), joined, null, null);
			for (LocalDate month = joined.withDayOfMonth(28); !month.isAfter(today); month = month.plusMonths(1)) {
				support(b, month, "MONEY", null, null, 1_000_000, POST);
				if (month.getMonthValue() == 1) {
					support(b, month.withDayOfMonth(20), "GIFTS", 1, "suất", 500_000, POST);
				}
			}
			taken++;
		}
	}

	/**
	 * Forty households of the four villages poor in 2018: a gift (500,000 đồng) and 20 kg of rice before each Tết while
	 * poor or near-poor; a household leaves at the end of the year it escaped poverty.
	 */
	private void tetGifts(long programme) {
		record Hh(long id, long communeId, Integer escaped) {
		}
		List<Hh> households = jdbc.query("""
				select h.id, h.commune_id, h.escaped_poverty_year from household h join village v on v.id = h.village_id
				where v.name in (?, ?, ?, ?) and exists (select 1 from household_poverty p where p.household_id = h.id
				  and p.year = 2018 and p.status = 'POOR')
				order by h.id limit 40""", (rs, i) -> new Hh(rs.getLong(1), rs.getLong(2),
				(Integer) rs.getObject(3)), MemberDemoData.VILLAGES.toArray());
		for (Hh h : households) {
			LocalDate left = h.escaped() == null ? null : LocalDate.of(h.escaped(), 12, 31);
			boolean gone = left != null && !left.isAfter(today);
			long b = beneficiary(programme, new Person(h.id(), 0, h.communeId(), 0), null, LocalDate.of(2018, 1, 10),
					gone ? left : null, gone ? "Đã thoát nghèo năm " + h.escaped() : null);
			for (int y = 2018; y <= today.getYear() && (!gone || y <= h.escaped()); y++) {
				LocalDate day = tet(y).minusDays(10 + random.nextInt(5));
				support(b, day, "GIFTS", 1, "suất", 500_000, POST);
				support(b, day, "FOOD", 20, "kg gạo", 300_000, "Đoàn thanh niên xã và " + POST);
			}
		}
	}

	/** The first day of the lunar new year (Tết Nguyên đán), 2018–2030. */
	static LocalDate tet(int year) {
		return switch (year) {
			case 2018 -> LocalDate.of(2018, 2, 16);
			case 2019 -> LocalDate.of(2019, 2, 5);
			case 2020 -> LocalDate.of(2020, 1, 25);
			case 2021 -> LocalDate.of(2021, 2, 12);
			case 2022 -> LocalDate.of(2022, 2, 1);
			case 2023 -> LocalDate.of(2023, 1, 22);
			case 2024 -> LocalDate.of(2024, 2, 10);
			case 2025 -> LocalDate.of(2025, 1, 29);
			case 2026 -> LocalDate.of(2026, 2, 17);
			case 2027 -> LocalDate.of(2027, 2, 6);
			case 2028 -> LocalDate.of(2028, 1, 26);
			case 2029 -> LocalDate.of(2029, 2, 13);
			default -> LocalDate.of(year, 2, 1);
		};
	}

}
