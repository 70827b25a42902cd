package vn.phoihop.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An illustrative border segment for Ra Mai (docs/design.md §12): ten markers numbered "MH-…" ("minh họa",
 * illustrative; not the real markers' numbers, and no coordinates), in the new Dân Hóa and Tuyên Lâm, each looked after
 * by a border-line and marker group of its commune's villages, with a year of inspections: most recent and intact,
 * one needing clearing, one damaged, two not inspected for longer than the 90-day period and one never inspected.
 * Deterministic (fixed seed), relative to the day the demo data is loaded.
 */
@Component
class BorderDemoData {

	/** Number, kind, commune code of the village, days since the last inspection (-1: never), its condition. */
	private record Marker(String number, String kind, String villageCommune, int lastDays, String lastCondition) {
	}

	private static final List<Marker> MARKERS = List.of(
			new Marker("MH-01", "MAIN", "TRONGHOA", 12, "INTACT"),
			new Marker("MH-02", "MAIN", "TRONGHOA", 25, "INTACT"),
			new Marker("MH-02/1", "AUXILIARY", "TRONGHOA", 25, "NEEDS_CLEARING"),
			new Marker("MH-03", "MAIN", "TRONGHOA", 41, "INTACT"),
			new Marker("MH-04", "MAIN", "DANHOA", 130, "INTACT"),
			new Marker("MH-05", "MAIN", "DANHOA", 8, "DAMAGED"),
			new Marker("MH-05/1", "AUXILIARY", "DANHOA", -1, null),
			new Marker("MH-06", "MAIN", "THANHHOA", 60, "INTACT"),
			new Marker("MH-07", "MAIN", "THANHHOA", 105, "INTACT"),
			new Marker("MH-08", "MAIN", "LAMHOA", 33, "INTACT"));

	private static final String[] INSPECTORS = { "Tổ tuần tra Đồn Biên phòng Ra Mai",
			"Tổ tự quản đường biên, cột mốc", "Tổ tuần tra chung đồn và dân quân xã" };

	private final JdbcTemplate jdbc;

	private final Random random = new Random(20260101L);

	BorderDemoData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void load() {
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		jdbc.update("""
				insert into border_setting (post_id, segment_name, inspection_days, created_by, updated_by)
				values (?, 'Đoạn biên giới minh họa (dữ liệu mẫu, không phải số liệu thật)', 90, 'demo', 'demo')""", post);
		LocalDate today = LocalDate.now();
		List<Object[]> inspections = new ArrayList<>();
		int position = 0;
		for (Marker m : MARKERS) {
			position += 10;
			String successor = switch (m.villageCommune()) {
				case "TRONGHOA", "DANHOA" -> "DANHOA2025";
				default -> "TUYENLAM";
			};
			Long village = jdbc.queryForObject("select v.id from village v join commune c on c.id = v.commune_id "
					+ "where c.code = ? order by v.id offset ? limit 1", Long.class, m.villageCommune(), position / 10 % 2);
			Long group = jdbc.queryForObject("select min(g.id) from self_managed_group g join commune c on c.id = g.commune_id "
					+ "where g.type = 'BORDER_MARKER' and c.code = ?", Long.class, m.villageCommune());
			long marker = jdbc.queryForObject("""
					insert into border_marker (post_id, number, kind, position, commune_id, village_id, group_id, note,
					  created_by, updated_by)
					select ?, ?, ?, ?, c.id, ?, ?, 'Dữ liệu minh họa', 'demo', 'demo' from commune c where c.code = ?
					returning id""", Long.class, post, m.number(), m.kind(), position, village, group, successor);
			if (m.lastDays() < 0) {
				continue;
			}
			// about every five or six weeks over the past year, the last one as listed
			for (int days = m.lastDays() + 35 + random.nextInt(15); days < 365; days += 35 + random.nextInt(15)) {
				inspections.add(row(marker, today.minusDays(days), "INTACT"));
			}
			inspections.add(row(marker, today.minusDays(m.lastDays()), m.lastCondition()));
		}
		jdbc.batchUpdate("""
				insert into marker_inspection (marker_id, inspected_on, condition, inspected_by, note, recorded_by)
				values (?, ?, ?, ?, ?, ?)""", inspections);
	}

	private Object[] row(long marker, LocalDate on, String condition) {
		String note = switch (condition) {
			case "NEEDS_CLEARING" -> "Cây bụi mọc che khuất mốc, cần phát quang.";
			case "DAMAGED" -> "Mặt mốc bị sứt mẻ do sạt lở đất, đã báo cáo đồn.";
			default -> null;
		};
		return new Object[] { marker, Date.valueOf(on), condition, INSPECTORS[random.nextInt(INSPECTORS.length)], note,
				"canbo.ramai" };
	}

}
