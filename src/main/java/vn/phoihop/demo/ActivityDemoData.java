package vn.phoihop.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Agreements and activity records of Ra Mai (issue 4), deterministic (fixed seed), JDBC batch inserts.
 *
 * <ul>
 * <li>2017–2020: one agreement per commune (Trọng Hóa: SUPERSEDED by its 2021–2025 successor; Thanh Hóa: ENDED).
 * Only OUTREACH and PATROL records are generated for that period, so the period report prints exactly the
 * article's figures however it groups them: 274 outreach sessions / 7,512 attendee-times and 624 patrols /
 * 2,677 participant-times (each patrol at least 2 participants, border guard always among them).</li>
 * <li>2021–2025: one agreement per commune, ENDED. Our call for the 2025 merge: these agreements stay valid until
 * 31/12/2025 and keep naming the old communes. Records from 01/07/2025 name the new communes (Dân Hóa,
 * Tuyên Lâm) but still link to these agreements, because an activity is offered the agreements of its commune
 * and of the communes merged into it. The new communes are attached to the 2026–2030 agreements only.</li>
 * <li>2026–2030: one ACTIVE agreement each for the new Dân Hóa and Tuyên Lâm, valid from 01/01/2026.</li>
 * <li>2021 to last month: plausible records of every type, villages always those of the predecessor communes.</li>
 * </ul>
 */
@Component
class ActivityDemoData {

	static final int OUTREACH_2017_2020 = 274;

	static final int ATTENDEES_2017_2020 = 7512;

	static final int PATROLS_2017_2020 = 624;

	static final int PARTICIPANTS_2017_2020 = 2677;

	private static final LocalDate MERGE = LocalDate.of(2025, 7, 1);

	private final JdbcTemplate jdbc;

	private final Random random = new Random(20170101L);

	private final List<Object[]> rows = new ArrayList<>();

	private final List<Object[]> villageRows = new ArrayList<>();

	ActivityDemoData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Area(long commune, long successor, String successorUser, long[] villages, String[] villageNames) {
	}

	void load() {
		long post = id("select id from border_post where code = 'RAMAI'");
		long trongHoa = id("select id from commune where code = 'TRONGHOA'");
		long thanhHoa = id("select id from commune where code = 'THANHHOA'");
		long danHoa = id("select id from commune where code = 'DANHOA2025'");
		long tuyenLam = id("select id from commune where code = 'TUYENLAM'");

		long ag17Trong = agreement(post, trongHoa, "03/QC-ĐU", "Quy chế phối hợp giữa Đảng ủy Đồn Biên phòng Ra Mai và Đảng ủy xã Trọng Hóa giai đoạn 2017–2020",
				"2017-01-10", "2017-01-01", "2020-12-31", "ENDED", "Bí thư Đảng ủy xã Trọng Hóa");
		long ag17Thanh = agreement(post, thanhHoa, "04/QC-ĐU", "Quy chế phối hợp giữa Đảng ủy Đồn Biên phòng Ra Mai và Đảng ủy xã Thanh Hóa giai đoạn 2017–2020",
				"2017-01-12", "2017-01-01", "2020-12-31", "ENDED", "Bí thư Đảng ủy xã Thanh Hóa");
		long ag21Trong = agreement(post, trongHoa, "05/QC-ĐU", "Quy chế phối hợp giữa Đảng ủy Đồn Biên phòng Ra Mai và Đảng ủy xã Trọng Hóa giai đoạn 2021–2025",
				"2021-01-08", "2021-01-01", "2025-12-31", "ENDED", "Bí thư Đảng ủy xã Trọng Hóa");
		long ag21Thanh = agreement(post, thanhHoa, "06/QC-ĐU", "Quy chế phối hợp giữa Đảng ủy Đồn Biên phòng Ra Mai và Đảng ủy xã Thanh Hóa giai đoạn 2021–2025",
				"2021-01-11", "2021-01-01", "2025-12-31", "ENDED", "Bí thư Đảng ủy xã Thanh Hóa");
		long ag26Dan = agreement(post, danHoa, "01/QC-ĐU", "Quy chế phối hợp giữa Đảng ủy Đồn Biên phòng Ra Mai và Đảng ủy xã Dân Hóa giai đoạn 2026–2030",
				"2025-12-26", "2026-01-01", "2030-12-31", "ACTIVE", "Bí thư Đảng ủy xã Dân Hóa");
		long ag26Tuyen = agreement(post, tuyenLam, "02/QC-ĐU", "Quy chế phối hợp giữa Đảng ủy Đồn Biên phòng Ra Mai và Đảng ủy xã Tuyên Lâm giai đoạn 2026–2030",
				"2025-12-29", "2026-01-01", "2030-12-31", "ACTIVE", "Bí thư Đảng ủy xã Tuyên Lâm");
		jdbc.update("update agreement set status = 'SUPERSEDED', superseded_by_id = ? where id = ?", ag21Trong, ag17Trong);

		Area trong = area(trongHoa, danHoa, "xa.danhoa");
		Area thanh = area(thanhHoa, tuyenLam, "xa.tuyenlam");
		Map<Long, long[]> agreementsByCommune = Map.of(trongHoa, new long[] { ag17Trong, ag21Trong, ag26Dan },
				thanhHoa, new long[] { ag17Thanh, ag21Thanh, ag26Tuyen });

		period2017To2020(List.of(trong, thanh), agreementsByCommune);
		from2021(List.of(trong, thanh), agreementsByCommune);
		flush();
	}

	// ---- 2017–2020: exactly the article's figures

	private void period2017To2020(List<Area> areas, Map<Long, long[]> agreements) {
		LocalDate from = LocalDate.of(2017, 1, 1);
		LocalDate to = LocalDate.of(2020, 12, 31);
		int[] attendees = split(ATTENDEES_2017_2020, OUTREACH_2017_2020, 8, 60);
		for (int i = 0; i < OUTREACH_2017_2020; i++) {
			Area a = areas.get(i % 2);
			LocalDate day = spread(from, to, i, OUTREACH_2017_2020);
			outreach(a, a.commune, day, attendees[i], agreements.get(a.commune)[0], "SUBMITTED", logger(a, day));
		}
		int[] participants = split(PARTICIPANTS_2017_2020, PATROLS_2017_2020, 2, 9);
		for (int i = 0; i < PATROLS_2017_2020; i++) {
			Area a = areas.get((i + 1) % 2);
			LocalDate day = spread(from, to, i, PATROLS_2017_2020);
			patrol(a, a.commune, "PATROL", day, participants[i], agreements.get(a.commune)[0], "SUBMITTED", logger(a, day));
		}
	}

	/** {@code total} split into {@code n} whole parts, each within [min, max], deterministic. */
	int[] split(int total, int n, int min, int max) {
		int[] parts = new int[n];
		int sum = 0;
		double mean = (double) total / n;
		for (int i = 0; i < n; i++) {
			int v = (int) Math.round(mean + (random.nextGaussian() * (max - min) / 6.0));
			parts[i] = Math.max(min, Math.min(max, v));
			sum += parts[i];
		}
		while (sum != total) {
			int i = random.nextInt(n);
			if (sum < total && parts[i] < max) {
				parts[i]++;
				sum++;
			}
			else if (sum > total && parts[i] > min) {
				parts[i]--;
				sum--;
			}
		}
		return parts;
	}

	/** The i-th of n days spread across [from, to], with a little jitter (stays within the range). */
	private LocalDate spread(LocalDate from, LocalDate to, int i, int n) {
		long days = ChronoUnit.DAYS.between(from, to);
		long base = days * i / n;
		long jitter = random.nextInt((int) Math.max(1, days / n));
		return from.plusDays(Math.min(days, base + jitter));
	}

	// ---- 2021 to last month

	private void from2021(List<Area> areas, Map<Long, long[]> agreements) {
		YearMonth last = YearMonth.now().minusMonths(1);
		for (YearMonth m = YearMonth.of(2021, 1); !m.isAfter(last); m = m.plusMonths(1)) {
			for (Area a : areas) {
				boolean merged = !m.atDay(1).isBefore(MERGE);
				long commune = merged ? a.successor : a.commune;
				long[] ags = agreements.get(a.commune);
				long agreement = m.getYear() >= 2026 ? ags[2] : ags[1];
				int outreach = 2 + random.nextInt(3);
				for (int i = 0; i < outreach; i++) {
					LocalDate day = day(m);
					outreach(a, commune, day, 12 + random.nextInt(40), agreement, status(m, last), logger(a, day));
				}
				int patrols = 4 + random.nextInt(4);
				for (int i = 0; i < patrols; i++) {
					LocalDate day = day(m);
					patrol(a, commune, "PATROL", day, 2 + random.nextInt(6), agreement, status(m, last), logger(a, day));
				}
				LocalDate day = day(m);
				patrol(a, commune, "INSPECTION", day, 2 + random.nextInt(5), agreement, status(m, last), logger(a, day));
				other(a, commune, "HOUSEHOLD_VISIT", "ECONOMY_POVERTY", day(m), agreement, m, last,
						"Thăm, động viên hộ nghèo tại ");
				if (m.getMonthValue() % 2 == 0) {
					other(a, commune, "ECONOMIC_SUPPORT", "ECONOMY_POVERTY", day(m), agreement, m, last,
							"Hỗ trợ kỹ thuật mô hình trồng mít Thái, cam Khe Mây tại ");
				}
				other(a, commune, "MEETING", "POLITICAL_SYSTEM", day(m), agreement, m, last,
						"Giao ban công tác phối hợp tháng " + m.getMonthValue() + " tại ");
				if (m.getMonthValue() % 3 == 0) {
					other(a, commune, "FOREIGN_AFFAIRS", "FOREIGN_AFFAIRS", day(m), agreement, m, last,
							"Trao đổi thông tin với lực lượng bảo vệ biên giới nước bạn, khu vực ");
				}
				if (m.getMonthValue() == 1 || m.getMonthValue() == 9) {
					other(a, commune, "OTHER", "CULTURE_SOCIETY", day(m), agreement, m, last,
							"Tặng quà học sinh nghèo vượt khó tại ");
				}
			}
		}
	}

	private String status(YearMonth m, YearMonth last) {
		return m.equals(last) && random.nextInt(5) == 0 ? "DRAFT" : "SUBMITTED";
	}

	private LocalDate day(YearMonth m) {
		return m.atDay(1 + random.nextInt(m.lengthOfMonth()));
	}

	private String logger(Area a, LocalDate day) {
		if (!day.isBefore(MERGE) && random.nextInt(3) > 0) {
			return a.successorUser;
		}
		return random.nextInt(5) == 0 ? "chihuy.ramai" : "canbo.ramai";
	}

	// ---- rows

	private void outreach(Area a, long commune, LocalDate day, int attendees, long agreement, String status,
			String by) {
		int v = random.nextInt(a.villages.length);
		String[] topics = { "Tuyên truyền Luật Biên giới quốc gia cho bà con ", "Tuyên truyền phòng, chống mua bán người tại ",
				"Phổ biến pháp luật về phòng, chống ma túy tại ", "Vận động nhân dân giữ gìn an ninh trật tự tại " };
		add(commune, "OUTREACH", day, agreement, "OUTREACH_LEGAL", topics[random.nextInt(topics.length)] + a.villageNames[v],
				attendees, null, status, by, a.villages[v]);
	}

	private void patrol(Area a, long commune, String type, LocalDate day, int total, long agreement, String status,
			String by) {
		int[] forces = new int[5];
		forces[0] = 1;
		for (int i = 1; i < total; i++) {
			int r = random.nextInt(20);
			forces[r < 8 ? 0 : r < 13 ? 1 : r < 16 ? 2 : r < 19 ? 3 : 4]++;
		}
		int v = random.nextInt(a.villages.length);
		String title = ("PATROL".equals(type) ? "Tuần tra đường biên, cột mốc khu vực " : "Kiểm tra, kiểm soát địa bàn ")
				+ a.villageNames[v];
		add(commune, type, day, agreement, "BORDER_SOVEREIGNTY", title, null, forces, status, by, a.villages[v]);
	}

	private void other(Area a, long commune, String type, String area, LocalDate day, long agreement, YearMonth m,
			YearMonth last, String title) {
		int v = random.nextInt(a.villages.length);
		add(commune, type, day, agreement, area, title + a.villageNames[v], null, null, status(m, last),
				logger(a, day), a.villages[v]);
	}

	private void add(long commune, String type, LocalDate day, long agreement, String area, String title,
			Integer attendees, int[] forces, String status, String by, long village) {
		rows.add(new Object[] { type, Date.valueOf(day), commune, agreement, area, title,
				"Phối hợp giữa Đồn Biên phòng Ra Mai và cấp ủy, chính quyền xã.", "Hoàn thành theo kế hoạch.", attendees,
				forces == null ? null : forces[0], forces == null ? null : forces[1], forces == null ? null : forces[2],
				forces == null ? null : forces[3], forces == null ? null : forces[4], by, status });
		villageRows.add(new Object[] { village });
	}

	private void flush() {
		List<Long> ids = jdbc.queryForList("select nextval(pg_get_serial_sequence('activity', 'id')) "
				+ "from generate_series(1, ?)", Long.class, rows.size());
		List<Object[]> withIds = new ArrayList<>(rows.size());
		List<Object[]> villages = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Object[] r = rows.get(i);
			Object[] w = new Object[r.length + 1];
			w[0] = ids.get(i);
			System.arraycopy(r, 0, w, 1, r.length);
			withIds.add(w);
			villages.add(new Object[] { ids.get(i), villageRows.get(i)[0] });
		}
		jdbc.batchUpdate("""
				insert into activity (id, type, activity_date, commune_id, agreement_id, content_area, title, description,
				  outcome, attendee_count, part_border_guard, part_militia, part_police, part_resident, part_other,
				  logged_by, status, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', 'demo')""", withIds);
		jdbc.batchUpdate("insert into activity_village (activity_id, village_id) values (?, ?)", villages);
		rows.clear();
		villageRows.clear();
	}

	private long agreement(long post, long commune, String number, String title, String signed, String from,
			String to, String status, String communeSignatory) {
		long id = jdbc.queryForObject("""
				insert into agreement (post_id, number, title, signed_on, valid_from, valid_to, post_signatory,
				  commune_signatory, status, created_by, updated_by)
				values (?, ?, ?, ?::date, ?::date, ?::date, 'Bí thư Đảng ủy Đồn Biên phòng Ra Mai', ?, ?, 'demo', 'demo')
				returning id""", Long.class, post, number, title, signed, from, to, communeSignatory, status);
		jdbc.update("insert into agreement_commune (agreement_id, commune_id) values (?, ?)", id, commune);
		jdbc.batchUpdate("insert into agreement_content_area (agreement_id, content_area) values (?, ?)",
				Arrays.stream(new String[] { "BORDER_SOVEREIGNTY", "POLITICAL_SYSTEM", "ECONOMY_POVERTY", "OUTREACH_LEGAL",
						"CULTURE_SOCIETY", "FOREIGN_AFFAIRS" }).map(a -> new Object[] { id, a }).toList());
		int years = LocalDate.parse(to).getYear() - LocalDate.parse(from).getYear() + 1;
		Object[][] targets = {
				{ "OUTREACH_LEGAL", "Số buổi tuyên truyền, vận động nhân dân", "OUTREACH_SESSIONS", 30 * years, "buổi", "PERIOD" },
				{ "OUTREACH_LEGAL", "Lượt người dân được tuyên truyền", "ATTENDEES", 900 * years, "lượt người", "PERIOD" },
				{ "BORDER_SOVEREIGNTY", "Số đợt tuần tra bảo vệ biên giới", "PATROLS", 70 * years, "đợt", "PERIOD" },
				{ "BORDER_SOVEREIGNTY", "Lượt cán bộ, chiến sĩ, dân quân, công an, nhân dân tham gia", "PARTICIPANTS",
						300 * years, "lượt người", "PERIOD" },
				{ "ECONOMY_POVERTY", "Hộ thoát nghèo mỗi năm", "HOUSEHOLDS_ESCAPED", 15, "hộ", "YEAR" } };
		List<Object[]> tRows = new ArrayList<>();
		for (int i = 0; i < targets.length; i++) {
			Object[] t = targets[i];
			tRows.add(new Object[] { id, i, t[0], t[1], t[2], t[3], t[4], t[5] });
		}
		jdbc.batchUpdate("insert into agreement_target (agreement_id, position, content_area, indicator, metric, "
				+ "target_value, unit, per) values (?, ?, ?, ?, ?, ?, ?, ?)", tRows);
		return id;
	}

	private Area area(long commune, long successor, String user) {
		List<Map<String, Object>> v = jdbc.queryForList("select id, name from village where commune_id = ? order by id",
				commune);
		long[] ids = v.stream().mapToLong(r -> ((Number) r.get("id")).longValue()).toArray();
		String[] names = v.stream().map(r -> (String) r.get("name")).toArray(String[]::new);
		return new Area(commune, successor, user, ids, names);
	}

	private long id(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}


}
