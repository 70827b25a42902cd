package vn.phoihop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.report.ReportTables.Section;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * The period report's security situation and marker inspections (docs/design.md §11, §12): by category, month and
 * commune over the unit's communes with their predecessors, the markers' coverage by commune and month, the same in
 * the page and the three files, counts only (a restricted item counted under no severity, no summary anywhere). The
 * test owns August 2013 and removes its items and inspections afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodReportSituationTest {

	private static final String MARK = "PeriodReportSituationTest";

	private static final String DAN_HOA = "/reports/period?commune=DANHOA2025&from=2013-08-01&to=2013-08-31";

	private static final String PROVINCE = "/reports/period?province=QUANGTRI&from=2013-08-01&to=2013-08-31";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	/** The markers standing in Dân Hóa itself, and in it with its predecessors (the report's communes). */
	private long markersOfDanHoa;

	private long markersOfTheUnit;

	@BeforeAll
	void logTheMonth() {
		item("TRONGHOA", "2013-08-03", "DRUGS", "ROUTINE", "HANDLED", false);
		item("DANHOA2025", "2013-08-10", "SMUGGLING", "SERIOUS", "FOLLOWING", false);
		item("DANHOA2025", "2013-08-12", "ILLEGAL_CROSSING", "URGENT", "NEW", true);
		item("TUYENLAM", "2013-08-20", "OTHER", "NOTABLE", "NEW", false);
		long marker = jdbc.queryForObject("""
				select m.id from border_marker m join commune c on c.id = m.commune_id
				where c.code = 'DANHOA2025' order by m.id limit 1""", Long.class);
		for (String day : List.of("2013-08-05", "2013-08-25")) {
			jdbc.update("""
					insert into marker_inspection (marker_id, inspected_on, condition, inspected_by, note, recorded_by)
					values (?, ?, 'INTACT', 'Tổ tự quản', ?, 'canbo.ramai')""", marker, Date.valueOf(day), MARK);
		}
		markersOfDanHoa = jdbc.queryForObject("""
				select count(*) from border_marker m join commune c on c.id = m.commune_id
				where c.code = 'DANHOA2025'""", Long.class);
		markersOfTheUnit = jdbc.queryForObject("""
				select count(*) from border_marker m join commune c on c.id = m.commune_id
				where c.code in ('DANHOA2025', 'TRONGHOA', 'DANHOA')""", Long.class);
	}

	@AfterAll
	void removeThem() {
		jdbc.update("delete from situation_item where summary like ?", MARK + "%");
		jdbc.update("delete from marker_inspection where note = ?", MARK);
	}

	private void item(String commune, String day, String category, String severity, String status, boolean restricted) {
		jdbc.update("""
				insert into situation_item (commune_id, occurred_on, category_id, source, severity, summary, status,
				  restricted, recorded_by)
				select (select id from commune where code = ?), ?, c.id, 'MILITIA', ?, ?, ?, ?, 'chihuy.ramai'
				from situation_category c where c.code = ?""", commune, Date.valueOf(LocalDate.parse(day)), severity,
				MARK + " " + category + " " + day, status, restricted, category);
	}

	private List<Section> csv(String uri, String username) {
		return ReportTables.csv(new String(mvc.get().uri(uri + "&format=csv").with(users.as(username)).exchange()
			.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static List<String> row(Section s, String first) {
		return s.rows().stream().filter(r -> r.get(0).equals(first)).findFirst()
			.orElseThrow(() -> new AssertionError("no row " + first + " in " + s));
	}

	@Test
	void theSituationByCategoryMonthAndCommuneAcrossTheMerge() {
		List<Section> sections = csv(DAN_HOA, "xa.danhoa");
		Section byCategory = ReportTables.section(sections, "An ninh, trật tự – theo loại");
		assertThat(byCategory.headers()).containsExactly("Loại", "Thông thường", "Cần chú ý", "Nghiêm trọng",
				"Khẩn cấp", "Tin hạn chế", "Tổng số tin, vụ việc", "Còn đang theo dõi");
		assertThat(row(byCategory, "Ma túy")).containsExactly("Ma túy", "1", "0", "0", "0", "0", "1", "0");
		assertThat(row(byCategory, "Buôn lậu, gian lận thương mại")).containsExactly("Buôn lậu, gian lận thương mại",
				"0", "0", "1", "0", "0", "1", "1");
		// the restricted item: in its category and the total, under no severity, not as still followed
		assertThat(row(byCategory, "Xuất nhập cảnh trái phép")).containsExactly("Xuất nhập cảnh trái phép", "0", "0",
				"0", "0", "1", "1", "0");
		assertThat(row(byCategory, "Tổng cộng")).containsExactly("Tổng cộng", "1", "0", "1", "0", "1", "3", "1");
		assertThat(byCategory.note()).contains("Tin hạn chế");

		// a record of former Trọng Hóa is its own row, in the report of the commune it was merged into
		Section byCommune = ReportTables.section(sections, "An ninh, trật tự – theo xã");
		assertThat(row(byCommune, "Trọng Hóa (Minh Hóa)")).containsExactly("Trọng Hóa (Minh Hóa)", "1", "0", "0", "0");
		assertThat(row(byCommune, "Dân Hóa")).containsExactly("Dân Hóa", "2", "1", "1", "1");
		assertThat(ReportTables.section(sections, "An ninh, trật tự – theo tháng").rows())
			.containsExactly(List.of("08/2013", "3", "1", "1", "1"), List.of("Tổng cộng", "3", "1", "1", "1"));

		// the provincial command's report: the province's communes, Tuyên Lâm's item too
		assertThat(row(ReportTables.section(csv(PROVINCE, "tinh.quangtri"), "An ninh, trật tự – theo loại"),
				"Tổng cộng").get(6)).isEqualTo("4");
	}

	@Test
	void theMarkersInspectionCoverageByCommuneAndMonth() {
		List<Section> sections = csv(DAN_HOA, "xa.danhoa");
		Section byCommune = ReportTables.section(sections, "Kiểm tra cột mốc – theo xã");
		long percent = Math.round(100.0 / markersOfDanHoa);
		assertThat(row(byCommune, "Dân Hóa")).containsExactly("Dân Hóa", String.valueOf(markersOfDanHoa), "1",
				String.valueOf(percent), "2", row(byCommune, "Dân Hóa").get(5));
		assertThat(ReportTables.section(sections, "Kiểm tra cột mốc – theo tháng").rows())
			.containsExactly(List.of("08/2013", String.valueOf(markersOfTheUnit), "1",
					String.valueOf(Math.round(100.0 / markersOfTheUnit))));
		// every marker not inspected within the period before the month's end is overdue then
		assertThat(Long.parseLong(row(byCommune, "Dân Hóa").get(5))).isEqualTo(markersOfDanHoa - 1);
	}

	@Test
	void thePageAndTheThreeFilesSayTheSameAndNeverAnItemsContent() throws Exception {
		String page = Pages.text(mvc.get().uri(DAN_HOA).with(users.as("xa.danhoa")).exchange(), 200);
		assertThat(page).contains("An ninh, trật tự – theo loại").contains("Kiểm tra cột mốc – theo tháng")
			.doesNotContain(MARK);
		String csv = new String(mvc.get().uri(DAN_HOA + "&format=csv").with(users.as("xa.danhoa")).exchange()
			.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain(MARK);

		byte[] xlsx = mvc.get().uri(DAN_HOA + "&format=xlsx").with(users.as("xa.danhoa")).exchange().getResponse()
			.getContentAsByteArray();
		List<String> sheets = new ArrayList<>();
		List<String> total = new ArrayList<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : wb.getSheets().toList()) {
				sheets.add(sheet.getName());
				for (Row row : sheet.read()) {
					for (int c = 0; c < row.getCellCount(); c++) {
						assertThat(row.getCellText(c)).doesNotContain(MARK);
					}
					if (sheet.getName().equals("An ninh, trật tự – theo loại")
							&& "Tổng cộng".equals(row.getCellText(0))) {
						for (int c = 1; c < row.getCellCount(); c++) {
							total.add(String.valueOf(row.getCell(c).asNumber().longValue()));
						}
					}
				}
			}
		}
		assertThat(sheets).contains("An ninh, trật tự – theo loại", "An ninh, trật tự – theo tháng",
				"An ninh, trật tự – theo xã", "Kiểm tra cột mốc – theo xã", "Kiểm tra cột mốc – theo tháng");
		assertThat(total).containsExactly("1", "0", "1", "0", "1", "3", "1");

		String pdf = String.join(" ", ReportTables.pdfPages(mvc.get().uri(DAN_HOA + "&format=pdf")
			.with(users.as("xa.danhoa")).exchange().getResponse().getContentAsByteArray()));
		assertThat(pdf).contains("An ninh, trật tự – theo loại").contains("Kiểm tra cột mốc – theo xã")
			.contains(ReportTables.printed(List.of("Tổng cộng", "1", "0", "1", "0", "1", "3", "1")))
			.doesNotContain(MARK);
	}

	@Test
	void theArticlesPeriodHasNoItemNorMarkerAndItsFiguresStay() {
		List<Section> sections = csv("/reports/period?post=RAMAI&from=2017-01-01&to=2020-12-31", "chihuy.ramai");
		assertThat(row(ReportTables.section(sections, "An ninh, trật tự – theo loại"), "Tổng cộng").get(6))
			.isEqualTo("0");
		assertThat(ReportTables.section(sections, "Kiểm tra cột mốc – theo xã").rows()).isEmpty();
	}

}
