package vn.phoihop.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ra Mai's yearly coordination plans (docs/design.md §16) for last year and this year: one per agreement valid in
 * the year, approved by the commander in January, eighteen items over the twelve months. The items of the months
 * already past say how they went (mostly done; some partly done or not done, with their reason), those of this month
 * and later are open; an item done is linked to an activity of its month, agreement and content area when the log
 * has one. Deterministic, relative to the day the demo data is loaded; illustrative, as the rest of the demo data.
 */
@Component
class PlanDemoData {

	/** An item of every plan: month, day (0: the whole month), content area, who leads, what, where. */
	private record Kind(int month, int day, String area, String lead, String title, String place, Integer expected) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind(1, 15, "POLITICAL_SYSTEM", "POST", "Hội nghị triển khai kế hoạch phối hợp năm", "Hội trường Đồn", 40),
			new Kind(2, 0, "OUTREACH_LEGAL", "COMMUNE", "Tuyên truyền Luật Biên phòng Việt Nam tại các thôn, bản", null, 300),
			new Kind(3, 10, "BORDER_SOVEREIGNTY", "POST", "Tuần tra bảo vệ đường biên, cột mốc quý I", "Khu vực biên giới", 20),
			new Kind(3, 0, "CULTURE_SOCIETY", "COMMUNE", "Ra quân làm đường giao thông nông thôn", null, 120),
			new Kind(4, 0, "ECONOMY_POVERTY", "COMMUNE", "Hỗ trợ cây giống, con giống cho hộ nghèo", null, 30),
			new Kind(5, 20, "POLITICAL_SYSTEM", "POST", "Giao ban quý II giữa Đồn và Đảng ủy xã", "Trụ sở UBND xã", 25),
			new Kind(6, 12, "BORDER_SOVEREIGNTY", "POST", "Tuần tra bảo vệ đường biên, cột mốc quý II", "Khu vực biên giới", 20),
			new Kind(6, 0, "OUTREACH_LEGAL", "POST", "Tuyên truyền phòng, chống mua bán người", null, 200),
			new Kind(7, 25, "CULTURE_SOCIETY", "COMMUNE", "Thăm, tặng quà gia đình chính sách nhân ngày 27/7", null, 15),
			new Kind(8, 0, "FOREIGN_AFFAIRS", "POST", "Gặp gỡ chính quyền bản đối diện bên kia biên giới", "Cửa khẩu phụ", 12),
			new Kind(8, 18, "CULTURE_SOCIETY", "POST", "Khám bệnh, cấp thuốc miễn phí cho nhân dân", "Nhà văn hóa bản", 250),
			new Kind(9, 11, "BORDER_SOVEREIGNTY", "POST", "Tuần tra bảo vệ đường biên, cột mốc quý III", "Khu vực biên giới", 20),
			new Kind(9, 5, "CULTURE_SOCIETY", "POST", "\"Nâng bước em tới trường\": trao học bổng đầu năm học", "Trường tiểu học và THCS", 60),
			new Kind(10, 0, "BORDER_SOVEREIGNTY", "COMMUNE", "Củng cố tổ tự quản đường biên, cột mốc", null, 40),
			new Kind(11, 0, "OUTREACH_LEGAL", "COMMUNE", "Tuyên truyền pháp luật về xuất nhập cảnh", null, 250),
			new Kind(12, 10, "BORDER_SOVEREIGNTY", "POST", "Tuần tra bảo vệ đường biên, cột mốc quý IV", "Khu vực biên giới", 20),
			new Kind(12, 0, "ECONOMY_POVERTY", "COMMUNE", "Rà soát hộ nghèo, cận nghèo cuối năm", null, 20),
			new Kind(12, 22, "POLITICAL_SYSTEM", "POST", "Hội nghị sơ kết thực hiện quy chế phối hợp năm", "Hội trường Đồn", 40));

	/** Why an item went partly or not at all (illustrative). */
	private static final Map<String, String> REASONS = Map.of("PARTLY_DONE",
			"Mưa lũ kéo dài, mới thực hiện được ở một số thôn; phần còn lại chuyển sang tháng sau.", "NOT_DONE",
			"Lực lượng tập trung ứng phó thiên tai trên địa bàn; đề nghị đưa vào kế hoạch tháng sau.");

	private final JdbcTemplate jdbc;

	PlanDemoData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void load() {
		YearMonth now = YearMonth.now();
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		for (int year = now.getYear() - 1; year <= now.getYear(); year++) {
			List<Map<String, Object>> agreements = jdbc.queryForList("""
					select a.id, min(ac.commune_id) commune_id from agreement a
					join agreement_commune ac on ac.agreement_id = a.id
					where a.post_id = ? and a.status <> 'DRAFT'
					  and extract(year from a.valid_from) <= ? and extract(year from a.valid_to) >= ?
					group by a.id order by a.id""", post, year, year);
			for (Map<String, Object> a : agreements) {
				plan(post, ((Number) a.get("id")).longValue(), ((Number) a.get("commune_id")).longValue(), year, now);
			}
		}
		linkActivities();
	}

	private void plan(long post, long agreement, long commune, int year, YearMonth now) {
		Timestamp approved = Timestamp.valueOf(LocalDateTime.of(year, 1, 8, 9, 0));
		long plan = jdbc.queryForObject("""
				insert into coordination_plan (agreement_id, post_id, year, status, approved_by, approved_at,
				  created_by, updated_by, created_at, updated_at)
				values (?, ?, ?, 'APPROVED', 'chihuy.ramai', ?, 'chihuy.ramai', 'chihuy.ramai', ?, ?) returning id""",
				Long.class, agreement, post, year, approved, approved, approved);
		int n = 0;
		for (Kind k : KINDS) {
			n++;
			YearMonth month = YearMonth.of(year, k.month());
			LocalDate day = k.day() == 0 ? null : month.atDay(k.day());
			String status = !month.isBefore(now) ? "OPEN" : n % 7 == 3 ? "PARTLY_DONE" : n % 11 == 5 ? "NOT_DONE" : "DONE";
			LocalDate on = status.equals("OPEN") ? null : month.atEndOfMonth();
			String by = status.equals("OPEN") ? null : k.lead().equals("POST") ? "canbo.ramai" : officialOf(commune);
			jdbc.update("""
					insert into planned_item (plan_id, month, planned_on, title, content_area, commune_id, led_by, place,
					  expected_participants, status, status_reason, status_on, status_by, created_by, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'canbo.ramai', coalesce(?, 'canbo.ramai'))""", plan,
					k.month(), day == null ? null : Date.valueOf(day), k.title(), k.area(), commune, k.lead(), k.place(),
					k.expected(), status, REASONS.get(status), on == null ? null : Date.valueOf(on), by, by);
		}
	}

	/** The official of the commune's successor today (the demo's two communes and their predecessors). */
	private String officialOf(long commune) {
		String code = jdbc.queryForObject("select coalesce(m.code, c.code) from commune c left join commune m "
				+ "on m.id = c.merged_into_id where c.id = ?", String.class, commune);
		return "TUYENLAM".equals(code) ? "xa.tuyenlam" : "xa.danhoa";
	}

	/** Each item done (or partly) linked to the first submitted activity of its month, agreement and content area. */
	private void linkActivities() {
		jdbc.update("""
				update activity a set planned_item_id = x.item_id from (
				  select distinct on (i.id) i.id item_id, a.id activity_id
				  from planned_item i join coordination_plan p on p.id = i.plan_id
				  join activity a on a.agreement_id = p.agreement_id and a.content_area = i.content_area
				   and a.activity_date between make_date(p.year, i.month, 1)
				                           and (make_date(p.year, i.month, 1) + interval '1 month' - interval '1 day')
				   and a.status = 'SUBMITTED'
				  where i.status in ('DONE', 'PARTLY_DONE')
				  order by i.id, a.activity_date, a.id) x
				where a.id = x.activity_id""");
	}

}
