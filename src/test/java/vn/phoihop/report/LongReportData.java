package vn.phoihop.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A province made up for the tests whose period report runs over several pages: 36 communes, each with households
 * (one escaped poverty in 2022) and activities of 2022 (outreach, patrols and an inspection) linked to its agreement;
 * six agreements of 2021-2025 of six communes each, with eight targets of every kind (yearly and for the period; of
 * the activity log, of escaped households, followed by hand) whose indicators are long enough to wrap in the PDF.
 * Posts that cover the first 30 to 36 of them give reports of every length in between ({@link #postReports}).
 * Written once per database.
 */
final class LongReportData {

	static final String PROVINCE = "PDFPROV";

	static final String REPORT = "/reports/period?province=" + PROVINCE + "&from=2021-01-01&to=2025-12-31";

	static final int COMMUNES = 36;

	/**
	 * The reports of posts that cover the first 30, 31, … 36 communes: each a few rows longer than the one before, so
	 * that together their last pages fall on every height a row can leave.
	 */
	static List<String> postReports() {
		List<String> reports = new ArrayList<>();
		for (int n = 30; n <= COMMUNES; n++) {
			reports.add("/reports/period?post=PDF" + n + "&from=2021-01-01&to=2025-12-31");
		}
		return reports;
	}

	static final String[][] TARGETS = { { "OUTREACH_LEGAL", "OUTREACH_SESSIONS", "PERIOD", "buổi" },
			{ "OUTREACH_LEGAL", "ATTENDEES", "YEAR", "lượt người" },
			{ "BORDER_SOVEREIGNTY", "PATROLS", "PERIOD", "đợt" },
			{ "BORDER_SOVEREIGNTY", "PARTICIPANTS", "YEAR", "lượt người" },
			{ "ECONOMY_POVERTY", "HOUSEHOLDS_ESCAPED", "YEAR", "hộ" },
			{ "CULTURE_SOCIETY", "NONE", "YEAR", "lớp" },
			{ "POLITICAL_SYSTEM", "ACTIVITIES", "PERIOD", "hoạt động" },
			{ "FOREIGN_AFFAIRS", "NONE", "PERIOD", "cuộc" } };

	private LongReportData() {
	}

	/** The indicator of target {@code t} of agreement {@code a}: unique, and several lines long in the PDF. */
	static String indicator(int a, int t) {
		return "Chỉ tiêu thử in số %d.%d: nội dung dài để ô phải xuống dòng nhiều lần trong bảng in, gồm tuyên truyền, "
			.formatted(a, t) + "tuần tra, kiểm tra và giúp đỡ hộ gia đình ở các thôn bản biên giới, hết chỉ tiêu " + a + "." + t;
	}

	static synchronized void ensure(JdbcTemplate jdbc) {
		if (jdbc.queryForObject("select count(*) from province where code = ?", Integer.class, PROVINCE) > 0) {
			return;
		}
		long province = jdbc.queryForObject(
				"insert into province (code, name) values (?, 'Tỉnh Thử In') returning id", Long.class, PROVINCE);
		long post = jdbc.queryForObject("insert into border_post (code, name, provincial_command, province_id) values "
				+ "('PDFPOST', 'Đồn Biên phòng Thử In', 'BCH thử in', ?) returning id", Long.class, province);
		long[] communes = new long[COMMUNES];
		for (int i = 0; i < COMMUNES; i++) {
			communes[i] = jdbc.queryForObject("insert into commune (code, name, province_id, former_district) values "
					+ "(?, ?, ?, 'Huyện Thử In') returning id", Long.class, "PDF%02d".formatted(i + 1),
					"Xã Thử In %02d".formatted(i + 1), province);
			jdbc.update("insert into post_coverage (post_id, commune_id, valid_from) values (?, ?, '2021-01-01')", post,
					communes[i]);
			long village = jdbc.queryForObject(
					"insert into village (commune_id, name) values (?, 'Bản Thử In') returning id", Long.class, communes[i]);
			for (int h = 0; h < 3; h++) {
				jdbc.update("insert into household (commune_id, village_id, head_name, members, ethnicity, poverty_status, "
						+ "escaped_poverty_year) values (?, ?, ?, ?, 'KINH', ?, ?)", communes[i], village,
						"Chủ Hộ Thử In " + i + "." + h, 3 + h, h == 0 ? "NOT_POOR" : "POOR", h == 0 ? 2022 : null);
			}
		}
		for (int n = 30; n <= COMMUNES; n++) {
			long shorter = jdbc.queryForObject("insert into border_post (code, name, provincial_command, province_id) "
					+ "values (?, ?, 'BCH thử in', ?) returning id", Long.class, "PDF" + n, "Đồn Thử In " + n, province);
			for (int i = 0; i < n; i++) {
				jdbc.update("insert into post_coverage (post_id, commune_id, valid_from) values (?, ?, '2021-01-01')",
						shorter, communes[i]);
			}
		}
		for (int a = 0; a < COMMUNES / 6; a++) {
			long agreement = jdbc.queryForObject("""
					insert into agreement (post_id, number, title, signed_on, valid_from, valid_to, status, created_by)
					values (?, ?, 'Quy chế thử in', '2020-12-20', '2021-01-01', '2025-12-31', 'ACTIVE', 'test')
					returning id""", Long.class, post, "%02d/QC-TI".formatted(a + 1));
			List<Object[]> targets = new ArrayList<>();
			for (int t = 0; t < TARGETS.length; t++) {
				String[] k = TARGETS[t];
				targets.add(new Object[] { agreement, t, k[0], indicator(a + 1, t + 1), k[1], 10 + t, k[3], k[2] });
			}
			jdbc.batchUpdate("insert into agreement_target (agreement_id, position, content_area, indicator, metric, "
					+ "target_value, unit, per) values (?, ?, ?, ?, ?, ?, ?, ?)", targets);
			for (int c = a * 6; c < a * 6 + 6; c++) {
				jdbc.update("insert into agreement_commune (agreement_id, commune_id) values (?, ?)", agreement, communes[c]);
				for (int n = 0; n < 5; n++) {
					String type = n < 2 ? "OUTREACH" : n < 4 ? "PATROL" : "INSPECTION";
					jdbc.update("""
							insert into activity (type, activity_date, commune_id, agreement_id, content_area, title,
							  attendee_count, part_border_guard, part_militia, logged_by, status)
							values (?, ?::date, ?, ?, ?, 'Thử in', ?, ?, ?, 'test', 'SUBMITTED')""", type,
							"2022-0" + (n + 1) + "-15", communes[c], agreement,
							"OUTREACH".equals(type) ? "OUTREACH_LEGAL" : "BORDER_SOVEREIGNTY",
							"OUTREACH".equals(type) ? 20 + n : null, "OUTREACH".equals(type) ? null : 3,
							"OUTREACH".equals(type) ? null : 2);
				}
			}
		}
	}

}
