package vn.phoihop.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.phoihop.activity.ActivityFixtures;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * Issue 24 §6: the reference data administered in /admin/reference. A new activity type added there is offered by the
 * activity form and the log's filter and counted in the month's review, the period report and its spreadsheet, with
 * no change to the code; retired, it is no longer offered but the records that have it keep it and still count. A
 * bad value is refused next to its field with the typed value kept, and only the administrator reaches the page.
 */
@IntegrationTest
class ReferenceAdminTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ActivityFixtures fixtures;

	private MockMvcRequestBuilder admin(String uri, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri(uri).with(users.as("admin")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	private String page(String uri, String user) {
		return Pages.text(mvc.get().uri(uri).with(users.as(user)).exchange(), 200);
	}

	/** A code of letters only, new for each run (the database is shared by the test classes). */
	private static String newCode() {
		StringBuilder s = new StringBuilder("VE_SINH_");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
			s.append((char) ('A' + Character.digit(c, 16)));
		}
		return s.toString();
	}

	@Test
	void aNewActivityTypeIsOfferedAndCountedEverywhereAndRetiredKeepsItsRecords() throws Exception {
		String code = newCode();
		String label = "Vệ sinh môi trường thôn bản " + code.substring(8);

		// added by the administrator, audited
		assertThat(admin("/admin/reference/activity-type", "adding", "true", "code", code, "labelVi", label, "labelEn",
				"Village clean-up " + code.substring(8), "sortOrder", "85", "active", "true", "hasAttendees", "true",
				"usualArea", "OUTREACH_LEGAL")).hasStatus3xxRedirection();
		assertThat(page("/admin/reference", "admin")).contains(code).contains(label);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'ReferenceValue' and "
				+ "action = 'CREATE' and summary = ?", Integer.class, "ACTIVITY_TYPE " + code)).isEqualTo(1);

		// offered by the form (with its attendees field) and the log's filter
		assertThat(page("/activities/new", "xa.danhoa")).contains("value=\"" + code + "\"").contains(label);
		assertThat(page("/activities/form-fields?type=" + code, "xa.danhoa")).contains("attendeeCount");
		assertThat(page("/activities", "xa.danhoa")).contains("value=\"" + code + "\"");

		// an activity of the new type, submitted this month
		String title = ActivityFixtures.unique("Dọn vệ sinh");
		Map<String, String> p = new LinkedHashMap<>();
		p.put("token", UUID.randomUUID().toString());
		p.put("type", code);
		p.put("activityDate", LocalDate.now().toString());
		p.put("communeId", String.valueOf(fixtures.communeId("DANHOA2025")));
		p.put("villageIds", String.valueOf(fixtures.villageOf("TRONGHOA")));
		p.put("agreementId", String.valueOf(fixtures.agreement2026("DANHOA2025")));
		p.put("contentArea", "OUTREACH_LEGAL");
		p.put("title", title);
		p.put("attendeeCount", "20");
		p.put("action", "submit");
		var post = mvc.post().uri("/activities").multipart().with(users.as("xa.danhoa")).with(csrf());
		p.forEach(post::param);
		assertThat(post).hasStatus3xxRedirection();
		long id = jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
		assertThat(jdbc.queryForObject("select type from activity where id = ?", String.class, id)).isEqualTo(code);
		assertThat(page("/activities?type=" + code, "xa.danhoa")).contains(title);
		// the log's CSV names its type
		String csv = new String(mvc.get().uri("/activities/export?type=" + code).with(users.as("xa.danhoa")).exchange()
			.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(title).contains(label);

		// the month's review counts it by type
		YearMonth month = YearMonth.now();
		String review = page("/reviews/RAMAI/" + month, "chihuy.ramai");
		String byType = review.substring(review.indexOf("id=\"review-by-type\""));
		byType = byType.substring(0, byType.indexOf("</table>"));
		assertThat(byType).contains(label).containsPattern(label + "</td><td class=\"text-end\">1</td>");

		// the period report and its spreadsheet count it
		String report = "/reports/period?post=RAMAI&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
		assertThat(page(report, "chihuy.ramai")).contains("Hoạt động — " + label);
		assertThat(summarySheet(report)).containsEntry("Hoạt động — " + label, 1L);

		// retired (and renamed): not offered for a new record, kept by the old one (its page and its edit form) under
		// its new name, still counted
		label = label + " (cũ)";
		assertThat(admin("/admin/reference/activity-type", "adding", "false", "code", code, "labelVi", label, "labelEn",
				"Village clean-up", "sortOrder", "85", "_active", "on", "hasAttendees", "true", "usualArea",
				"OUTREACH_LEGAL"))
			.hasStatus3xxRedirection();
		assertThat(page("/admin/reference", "admin")).contains(code).contains("Ngừng dùng");
		assertThat(page("/activities/new", "xa.danhoa")).doesNotContain("value=\"" + code + "\"");
		assertThat(page("/activities/" + id, "xa.danhoa")).contains(label);
		assertThat(page("/activities/" + id + "/edit", "xa.danhoa")).contains("value=\"" + code + "\"");
		assertThat(page("/activities", "xa.danhoa")).contains("value=\"" + code + "\"");
		assertThat(summarySheet(report)).containsEntry("Hoạt động — " + label, 1L);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'ReferenceValue' and "
				+ "action = 'UPDATE' and summary = ?", Integer.class, "ACTIVITY_TYPE " + code)).isEqualTo(1);
	}

	private Map<String, Long> summarySheet(String report) throws Exception {
		byte[] xlsx = mvc.get().uri(report + "&format=xlsx").with(users.as("chihuy.ramai")).exchange().getResponse()
			.getContentAsByteArray();
		Map<String, Long> values = new LinkedHashMap<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : wb.getFirstSheet().read()) {
				if (row.getCellCount() > 1 && row.getCell(1) != null && row.getCell(1).getType() == CellType.NUMBER) {
					values.put(row.getCellText(0), row.getCell(1).asNumber().longValue());
				}
			}
		}
		return values;
	}

	/** A programme kind added in the page is offered at once by the programme list's filter (its kept kinds). */
	@Test
	void aNewProgrammeKindIsOfferedByTheProgrammeListAtOnce() {
		assertThat(page("/programmes", "chihuy.ramai")).contains("Nâng bước em tới trường");
		String code = newCode();
		String label = "Hỗ trợ sinh kế " + code.substring(8);
		assertThat(admin("/admin/reference/programme-kind", "adding", "true", "code", code, "labelVi", label,
				"labelEn", "Livelihood " + code.substring(8), "sortOrder", "95", "active", "true"))
			.hasStatus3xxRedirection();
		assertThat(page("/programmes", "chihuy.ramai")).contains(label);
	}

	@Test
	void aBadValueIsRefusedNextToItsFieldWithWhatWasTypedKept() {
		long before = jdbc.queryForObject("select count(*) from activity_type", Long.class);
		String page = Pages.text(admin("/admin/reference/activity-type", "adding", "true", "code", "dọn dẹp",
				"labelVi", "", "labelEn", "Clean-up typed", "sortOrder", "85").exchange(), 200);
		assertThat(page).contains("Mã chỉ gồm chữ in hoa không dấu").contains("Hãy nhập tên.")
			.contains("value=\"dọn dẹp\"").contains("value=\"Clean-up typed\"");
		// a code already in the list
		page = Pages.text(admin("/admin/reference/activity-type", "adding", "true", "code", "PATROL", "labelVi",
				"Tuần tra 2", "labelEn", "Patrol 2", "sortOrder", "85").exchange(), 200);
		assertThat(page).contains("Mã này đã có trong danh mục.").contains("value=\"Tuần tra 2\"");
		// no metric can be added: its figure would need code
		page = Pages.text(admin("/admin/reference/target-metric", "adding", "true", "code", "NEW_METRIC", "labelVi",
				"Chỉ tiêu mới", "labelEn", "New", "sortOrder", "85").exchange(), 200);
		assertThat(page).contains("mỗi cách tính chỉ tiêu cần được lập trình");
		assertThat(jdbc.queryForObject("select count(*) from activity_type", Long.class)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from target_metric where code = 'NEW_METRIC'", Long.class))
			.isZero();
	}

	@Test
	void theFiveListsAreTheAdministratorsOnly() {
		assertThat(page("/admin/reference", "admin")).contains("Loại hoạt động").contains("Nội dung phối hợp")
			.contains("Cách tính chỉ tiêu").contains("Loại vụ việc").contains("Loại chương trình")
			.contains("Quà Tết (Xuân Biên phòng ấm lòng dân bản)").contains("Ma túy");
		assertThat(page("/admin/reference/content-area/FOREIGN_AFFAIRS", "admin")).contains("Đối ngoại biên phòng");
		// a category of the register retired here is no longer offered by the register's form; active again, it is
		String rescue = "Thiên tai, tìm kiếm cứu nạn";
		assertThat(page("/situation/new", "xa.danhoa")).contains(rescue);
		try {
			assertThat(admin("/admin/reference/situation-category", "adding", "false", "code", "DISASTER_RESCUE",
					"labelVi", rescue, "labelEn", "Natural disaster and rescue", "sortOrder", "80", "_active", "on"))
				.hasStatus3xxRedirection();
			assertThat(page("/situation/new", "xa.danhoa")).doesNotContain(rescue);
		}
		finally {
			assertThat(admin("/admin/reference/situation-category", "adding", "false", "code", "DISASTER_RESCUE",
					"labelVi", rescue, "labelEn", "Natural disaster and rescue", "sortOrder", "80", "active", "true"))
				.hasStatus3xxRedirection();
		}
		assertThat(page("/situation/new", "xa.danhoa")).contains(rescue);
		for (String user : new String[] { "chihuy.ramai", "canbo.ramai", "xa.danhoa", "tinh.quangtri" }) {
			assertThat(mvc.get().uri("/admin/reference").with(users.as(user))).hasStatus(403);
			assertThat(mvc.post().uri("/admin/reference/activity-type").with(users.as(user)).with(csrf())
				.param("adding", "true").param("code", "X_" + user.length()).param("labelVi", "x")
				.param("labelEn", "x").param("sortOrder", "1")).hasStatus(403);
		}
	}

}
