package vn.phoihop.demo;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A year of illustrative situation items for Ra Mai's two communes (docs/design.md §11): about four a month, every
 * category, clearly fictitious and without any person's name; the older ones handled or passed on, the recent ones
 * new or being followed, each move in the item's history; two restricted items logged by the commander. An item
 * found by the post's patrol is linked to a patrol of its commune in the days before when there is one. Deterministic
 * (fixed seed), relative to the day the demo data is loaded.
 */
@Component
class SituationDemoData {

	/** A kind of item: category, source, severity, summary, what was done when closed; {@code %s} a marker. */
	private record Kind(String category, String source, String severity, String summary, String action,
			boolean marker) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("ILLEGAL_CROSSING", "POST_PATROL", "NOTABLE",
					"Phát hiện hai người không có giấy tờ đi lại gần mốc %s (dữ liệu minh họa)",
					"Kiểm tra hành chính, hướng dẫn làm thủ tục qua lại biên giới, báo cáo đồn.", true),
			new Kind("SMUGGLING", "MILITIA", "SERIOUS",
					"Nghi vấn vận chuyển hàng hóa không rõ nguồn gốc qua đường mòn (dữ liệu minh họa)",
					"Tổ công tác đồn và công an xã kiểm tra, lập biên bản, chuyển hàng hóa cho cơ quan chức năng.", false),
			new Kind("HUMAN_TRAFFICKING", "RESIDENT", "SERIOUS",
					"Người dân báo có người lạ vào bản rủ phụ nữ đi làm ăn xa (dữ liệu minh họa)",
					"Xác minh, tuyên truyền cho các hộ trong bản nâng cao cảnh giác.", false),
			new Kind("UNLAWFUL_RELIGION", "SELF_MANAGED_GROUP", "NOTABLE",
					"Phát hiện tài liệu tuyên truyền tôn giáo không rõ nguồn gốc tại khu vực bản (dữ liệu minh họa)",
					"Thu giữ tài liệu, vận động quần chúng không nghe theo.", false),
			new Kind("RESIDENT_DISPUTE", "COMMUNE_POLICE", "ROUTINE",
					"Mâu thuẫn giữa hai hộ về ranh giới nương rẫy (dữ liệu minh họa)",
					"Tổ hòa giải của bản phối hợp cán bộ đồn hòa giải thành.", false),
			new Kind("MARKER_VIOLATION", "POST_PATROL", "SERIOUS",
					"Dấu hiệu đào bới đất gần chân mốc %s (dữ liệu minh họa)",
					"Kiểm tra hiện trạng mốc, gia cố, tăng cường tuần tra khu vực.", true),
			new Kind("DISASTER_RESCUE", "COMMUNE_POLICE", "URGENT",
					"Mưa lớn gây sạt lở đường vào bản, bản bị chia cắt tạm thời (dữ liệu minh họa)",
					"Đồn và xã huy động lực lượng khơi thông đường, hỗ trợ các hộ bị ảnh hưởng.", false),
			new Kind("OTHER", "RESIDENT", "ROUTINE",
					"Gia súc thả rông qua lại khu vực đường biên (dữ liệu minh họa)",
					"Tuyên truyền các hộ quản lý gia súc, không thả rông sát đường biên.", false));

	private final JdbcTemplate jdbc;

	private final Random random = new Random(20261231L);

	SituationDemoData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void load() {
		LocalDate today = LocalDate.now();
		String[][] communes = { { "DANHOA2025", "xa.danhoa", "'TRONGHOA','DANHOA'" },
				{ "TUYENLAM", "xa.tuyenlam", "'THANHHOA','LAMHOA'" } };
		int n = 0;
		for (int days = 360; days >= 2; days -= 5 + random.nextInt(5)) {
			String[] c = communes[n % 2];
			Kind kind = KINDS.get(random.nextInt(KINDS.size()));
			long commune = jdbc.queryForObject("select id from commune where code = ?", Long.class, c[0]);
			Long village = jdbc.queryForObject("select v.id from village v join commune c on c.id = v.commune_id "
					+ "where c.code in (" + c[2] + ") order by v.id offset ? limit 1", Long.class, random.nextInt(8));
			Long marker = null;
			String markerNumber = "";
			if (kind.marker()) {
				var row = jdbc.queryForList("select id, number from border_marker where commune_id = ? order by position",
						commune);
				if (!row.isEmpty()) {
					var m = row.get(random.nextInt(row.size()));
					marker = ((Number) m.get("id")).longValue();
					markerNumber = (String) m.get("number");
				}
			}
			LocalDate on = today.minusDays(days);
			String author = kind.source().equals("POST_PATROL") ? "canbo.ramai" : c[1];
			Long activity = kind.source().equals("POST_PATROL") ? jdbc.query("""
					select id from activity where type = 'PATROL' and status = 'SUBMITTED' and commune_id = ?
					and activity_date between ? and ? order by activity_date desc limit 1""",
					rs -> rs.next() ? rs.getLong(1) : null, commune, Date.valueOf(on.minusDays(7)), Date.valueOf(on))
					: null;
			String status = days > 60 ? (random.nextInt(6) == 0 ? "PASSED_ON" : "HANDLED")
					: days > 20 ? (random.nextBoolean() ? "FOLLOWING" : "HANDLED")
							: (random.nextBoolean() ? "NEW" : "FOLLOWING");
			insert(commune, village, marker, activity, on, kind, kind.summary().formatted(markerNumber), status, false,
					author, today);
			n++;
		}
		// two restricted items, read only by the commander who logged them
		long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		Kind drugs = new Kind("DRUGS", "OTHER", "SERIOUS",
				"Tin báo về một đối tượng nghi tàng trữ trái phép chất ma túy (tin hạn chế, dữ liệu minh họa)",
				"Đã chuyển cơ quan điều tra có thẩm quyền xác minh.", false);
		insert(danHoa, null, null, null, today.minusDays(45), drugs, drugs.summary(), "PASSED_ON", true,
				"chihuy.ramai", today);
		Kind crossing = new Kind("ILLEGAL_CROSSING", "OTHER", "URGENT",
				"Tin về đường dây đưa người qua biên giới trái phép (tin hạn chế, dữ liệu minh họa)", null, false);
		insert(danHoa, null, null, null, today.minusDays(6), crossing, crossing.summary(), "FOLLOWING", true,
				"chihuy.ramai", today);
	}

	private void insert(long commune, Long village, Long marker, Long activity, LocalDate on, Kind kind,
			String summary, String status, boolean restricted, String author, LocalDate today) {
		boolean closed = status.equals("HANDLED") || status.equals("PASSED_ON");
		long id = jdbc.queryForObject("""
				insert into situation_item (commune_id, village_id, marker_id, activity_id, occurred_on, occurred_time,
				  category_id, source, severity, summary, what_happened, action_taken, status, restricted, recorded_by,
				  created_by, updated_by)
				select ?, ?, ?, ?, ?, ?, c.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from situation_category c where c.code = ?
				returning id""", Long.class, commune, village, marker, activity, Date.valueOf(on),
				Time.valueOf(LocalTime.of(6 + random.nextInt(15), random.nextInt(4) * 15)), kind.source(),
				kind.severity(), summary, "Nội dung minh họa của dữ liệu mẫu; không có người, sự việc thật.",
				closed ? kind.action() : null, status, restricted, author, author, author, kind.category());
		LocalDate followed = on.plusDays(1 + random.nextInt(3));
		if (!status.equals("NEW")) {
			history(id, followed.isAfter(today) ? today : followed, "FOLLOWING",
					"Giao cán bộ phụ trách bản xác minh.", author);
		}
		if (closed) {
			LocalDate closedOn = followed.plusDays(3 + random.nextInt(20));
			history(id, closedOn.isAfter(today) ? today : closedOn, status, kind.action(), author);
		}
	}

	private void history(long item, LocalDate on, String status, String note, String by) {
		jdbc.update("insert into situation_status_change (item_id, changed_on, status, note, changed_by) "
				+ "values (?, ?, ?, ?, ?)", item, Date.valueOf(on), status, note, by);
	}

}
