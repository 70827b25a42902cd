package vn.phoihop.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.phoihop.document.DocumentRegister;
import vn.phoihop.document.DocumentType;
import vn.phoihop.review.FrozenFigures;

/**
 * Monthly reviews of Ra Mai (issue 5), relative to today: the 12 months before the current one concluded (their
 * conclusions, next month's targets, both communes' submissions, tasks — most done, some overdue — and frozen
 * figures computed by the review's own aggregate over the demo activities, the months locked), and the current month open
 * with Dân Hóa's submission in and Tuyên Lâm's pending. Deterministic, JDBC batch inserts. The concluded months have
 * no document in the register (their PDF is printed when asked, as for months concluded before it).
 */
@Component
class ReviewDemoData {

	private final JdbcTemplate jdbc;

	private final FrozenFigures frozenFigures;

	private final DocumentRegister register;

	ReviewDemoData(JdbcTemplate jdbc, FrozenFigures frozenFigures, DocumentRegister register) {
		this.jdbc = jdbc;
		this.register = register;
		this.frozenFigures = frozenFigures;
	}

	void load() {
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		long tuyenLam = jdbc.queryForObject("select id from commune where code = 'TUYENLAM'", Long.class);
		List<Long> allCommunes = jdbc.queryForList(
				"select id from commune where id in (?, ?) or merged_into_id in (?, ?) order by id", Long.class, danHoa,
				tuyenLam, danHoa, tuyenLam);
		List<Map<String, Object>> cadres = jdbc.queryForList(
				"select id, user_id from cadre where post_id = ? order by id", post);
		Long canboCadre = cadres.stream().filter(c -> c.get("user_id") != null).map(c -> (Long) c.get("id")).findFirst()
			.orElse((Long) cadres.get(0).get("id"));
		List<Long> villages = jdbc.queryForList("select id from village where commune_id in (select id from commune "
				+ "where merged_into_id in (?, ?) or id in (?, ?)) order by id", Long.class, danHoa, tuyenLam, danHoa,
				tuyenLam);

		YearMonth current = YearMonth.now();
		LocalDate today = LocalDate.now();
		List<Object[]> conclusions = new ArrayList<>();
		List<Object[]> targets = new ArrayList<>();
		List<Object[]> submissions = new ArrayList<>();
		List<Object[]> tasks = new ArrayList<>();
		List<Object[]> editions = new ArrayList<>();
		List<Object[]> locks = new ArrayList<>();
		for (int i = 12; i >= 1; i--) {
			YearMonth m = current.minusMonths(i);
			LocalDate concludedOn = m.plusMonths(1).atDay(3);
			String number = m.getMonthValue() + "-KL/ĐU";
			long review = jdbc.queryForObject("""
					insert into monthly_review (post_id, month, status, conclusion_number, concluded_on, concluded_by,
					  edition, created_by, updated_by)
					values (?, ?, 'CONCLUDED', ?, ?, 'chihuy.ramai', 1, 'demo', 'demo') returning id""", Long.class, post,
					Date.valueOf(m.atDay(1)), number, Date.valueOf(concludedOn));
			String mm = String.format("%02d/%d", m.getMonthValue(), m.getYear());
			conclusions.add(new Object[] { review, "BORDER_SOVEREIGNTY", "Tháng " + mm + ", hai bên duy trì tuần tra, "
					+ "kiểm soát đường biên, cột mốc theo kế hoạch; tình hình an ninh trật tự khu vực biên giới ổn định." });
			conclusions.add(new Object[] { review, "OUTREACH_LEGAL", "Tuyên truyền Luật Biên giới quốc gia, Luật Biên "
					+ "phòng Việt Nam đến các bản; cần đa dạng hình thức, dùng tiếng dân tộc tại các bản vùng sâu." });
			conclusions.add(new Object[] { review, "ECONOMY_POVERTY", "Tiếp tục thăm, giúp đỡ hộ nghèo; hướng dẫn kỹ "
					+ "thuật chăm sóc mít Thái, cam Khe Mây cho các hộ tham gia mô hình." });
			if (m.getMonthValue() % 3 == 0) {
				conclusions.add(new Object[] { review, "FOREIGN_AFFAIRS", "Duy trì trao đổi thông tin với lực lượng bảo "
						+ "vệ biên giới nước bạn theo quy chế; không để xảy ra vụ việc phức tạp." });
			}
			targets.add(new Object[] { review, 0, "BORDER_SOVEREIGNTY", "Tuần tra đường biên, cột mốc", "PATROLS", 10,
					"lần" });
			targets.add(new Object[] { review, 1, "OUTREACH_LEGAL", "Tổ chức tuyên truyền tại các bản", "OUTREACH_SESSIONS",
					6, "buổi" });
			targets.add(new Object[] { review, 2, "ECONOMY_POVERTY", "Thăm, giúp đỡ hộ nghèo", "NONE", 4, "hộ" });
			Date submittedAt = Date.valueOf(m.atEndOfMonth());
			submissions.add(new Object[] { review, danHoa, "Tình hình tháng " + mm + " của xã Dân Hóa ổn định; các hoạt "
					+ "động phối hợp đã ghi đủ trong nhật ký.", "xa.danhoa", submittedAt });
			submissions.add(new Object[] { review, tuyenLam, "Xã Tuyên Lâm hoàn thành các nội dung phối hợp tháng " + mm
					+ "; đề nghị Đồn hỗ trợ thêm buổi tuyên truyền tại bản xa.", "xa.tuyenlam", submittedAt });
			LocalDate due = m.plusMonths(1).atEndOfMonth();
			for (int t = 0; t < 3; t++) {
				long cadre = t == 0 ? canboCadre : (Long) cadres.get((i * 3 + t) % cadres.size()).get("id");
				Long userId = t == 0 ? (Long) cadres.stream().filter(c -> c.get("id").equals(canboCadre))
					.map(c -> c.get("user_id")).findFirst().orElse(null) : null;
				long village = villages.get((i * 7 + t * 5) % villages.size());
				String[] what = { "Kiểm tra, nắm tình hình hộ nghèo tại bản phụ trách",
						"Phối hợp tuần tra cột mốc cùng dân quân xã", "Tuyên truyền phòng chống mua bán người tại bản" };
				// the last two months' tasks of the cadre "canbo.ramai" and one more stay open: some are overdue
				boolean open = i <= 2 && t != 2;
				tasks.add(new Object[] { review, cadre, userId, village, Date.valueOf(due), what[t],
						open ? "OPEN" : "DONE", open ? null : "Đã hoàn thành, báo cáo tại giao ban",
						open ? null : Timestamp.valueOf(due.minusDays(3).atTime(16, 0)),
						open ? null : "canbo.ramai" });
			}
			editions.add(new Object[] { review, number, Date.valueOf(concludedOn) });
			for (Long c : allCommunes) {
				locks.add(new Object[] { c, Date.valueOf(m.atDay(1)) });
			}
		}
		// the current month: open, Dân Hóa has submitted, Tuyên Lâm not yet
		long open = jdbc.queryForObject("""
				insert into monthly_review (post_id, month, status, created_by, updated_by)
				values (?, ?, 'OPEN', 'demo', 'demo') returning id""", Long.class, post, Date.valueOf(current.atDay(1)));
		submissions.add(new Object[] { open, danHoa, "Tháng này xã Dân Hóa tổ chức tuyên truyền tại các bản và tuần tra "
				+ "đường biên theo kế hoạch; tình hình ổn định.", "xa.danhoa", Date.valueOf(today) });

		jdbc.batchUpdate("insert into review_conclusion (review_id, content_area, text) values (?, ?, ?)", conclusions);
		jdbc.batchUpdate("insert into review_target (review_id, position, content_area, indicator, metric, target_value, "
				+ "unit) values (?, ?, ?, ?, ?, ?, ?)", targets);
		jdbc.batchUpdate("""
				insert into commune_submission (review_id, commune_id, narrative, status, submitted_by, submitted_at,
				  created_by, updated_by)
				values (?, ?, ?, 'SUBMITTED', ?, ?, 'demo', 'demo')""", submissions);
		jdbc.batchUpdate("""
				insert into review_task (review_id, cadre_id, assignee_user_id, village_id, due_date, description, status,
				  result_note, done_at, done_by, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'chihuy.ramai', 'chihuy.ramai')""", tasks);
		jdbc.batchUpdate("""
				insert into review_edition (review_id, edition, conclusion_number, concluded_on, concluded_at, concluded_by)
				values (?, 1, ?, ?, now(), 'chihuy.ramai')""", editions);
		// the frozen figures of every concluded month: the review's own aggregate, for all of them at once
		frozenFigures.freezeConcluded(post);
		// numbered by hand, as before the register: the post's counters of conclusions continue after them, so the
		// first conclusion issued through the register never repeats a demo month's number
		for (Object[] e : editions) {
			register.continueAfter(post, DocumentType.KET_LUAN, ((Date) e[2]).toLocalDate().getYear(),
					Integer.parseInt(((String) e[1]).substring(0, ((String) e[1]).indexOf('-'))));
		}
		// the month locks are Ra Mai's own, as its conclusions would have set them
		jdbc.batchUpdate("insert into activity_month_lock (post_id, commune_id, month, locked_by) "
				+ "values (?, ?, ?, 'chihuy.ramai') on conflict do nothing",
				locks.stream().map(l -> new Object[] { post, l[0], l[1] }).toList());
	}

}
