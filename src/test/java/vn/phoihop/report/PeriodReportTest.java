package vn.phoihop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

@IntegrationTest
class PeriodReportTest {

	static final String RAMAI_2017_2020 = "/reports/period?post=RAMAI&from=2017-01-01&to=2020-12-31";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void theArticlesFiguresOnThePage() {
		String page = Pages.text(mvc.get().uri(RAMAI_2017_2020).with(users.as("chihuy.ramai")).exchange(), 200);
		assertThat(between(page, "id=\"fig-sessions\">", "<")).isEqualTo("274");
		assertThat(between(page, "id=\"fig-attendees\">", "<")).isEqualTo("7.512");
		assertThat(between(page, "id=\"fig-patrols\">", "<")).isEqualTo("624");
		assertThat(between(page, "id=\"fig-participants\">", "<")).isEqualTo("2.677");
		assertThat(between(page, "id=\"fig-households\">", "<")).isEqualTo("2.907");
		assertThat(between(page, "id=\"fig-persons\">", "<")).isEqualTo("11.569");
		String groups = page.substring(page.indexOf("Tổ tự quản an ninh, trật tự</td>"));
		assertThat(groups).containsSubsequence("19", "455");
		String markers = page.substring(page.indexOf("Tổ tự quản đường biên, cột mốc</td>"));
		assertThat(markers).containsSubsequence("9", "149", "480");
		// English page, English number format
		String en = Pages.text(mvc.get().uri(RAMAI_2017_2020 + "&lang=en").with(users.as("chihuy.ramai")).exchange(), 200);
		assertThat(between(en, "id=\"fig-persons\">", "<")).isEqualTo("11,569");
		// the choice is remembered for the user: back to Vietnamese for the tests that follow
		mvc.get().uri("/?lang=vi").with(users.as("chihuy.ramai")).exchange();
	}

	private static String between(String s, String start, String end) {
		int i = s.indexOf(start);
		assertThat(i).as("'" + start + "' on the page").isGreaterThanOrEqualTo(0);
		int from = i + start.length();
		return s.substring(from, s.indexOf(end, from)).strip();
	}

	private Map<String, Long> summarySheet(byte[] xlsx) throws Exception {
		Map<String, Long> values = new LinkedHashMap<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(wb.getSheets().count()).isEqualTo(14); // with the situation, the plans' completion, the programmes (2)
			for (Row row : wb.getFirstSheet().read()) {
				if (row.getRowNum() > 1 && row.getCellCount() > 1 && row.getCell(1) != null
						&& row.getCell(1).getType() == CellType.NUMBER) {
					values.put(row.getCellText(0), row.getCell(1).asNumber().longValue());
				}
			}
		}
		return values;
	}

	@Test
	void theArticlesFiguresInTheXlsxCsvAndPdf() throws Exception {
		MvcTestResult xlsx = mvc.get().uri(RAMAI_2017_2020 + "&format=xlsx").with(users.as("chihuy.ramai")).exchange();
		assertThat(xlsx).hasStatusOk().hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		Map<String, Long> v = summarySheet(xlsx.getResponse().getContentAsByteArray());
		assertThat(v).containsEntry("Buổi tuyên truyền, vận động", 274L)
			.containsEntry("Lượt người nghe", 7512L)
			.containsEntry("Đợt tuần tra, kiểm tra, kiểm soát", 624L)
			.containsEntry("Lượt người tham gia tuần tra, kiểm tra", 2677L)
			.containsEntry("Số hộ", 2907L)
			.containsEntry("Số nhân khẩu", 11569L)
			.containsEntry("Tổ tự quản an ninh, trật tự", 19L)
			.containsEntry("Thành viên — Tổ tự quản an ninh, trật tự", 455L)
			.containsEntry("Tổ tự quản đường biên, cột mốc", 9L)
			.containsEntry("Hộ tham gia — Tổ tự quản đường biên, cột mốc", 149L)
			.containsEntry("Nhân khẩu tham gia — Tổ tự quản đường biên, cột mốc", 480L);

		MvcTestResult csv = mvc.get().uri(RAMAI_2017_2020 + "&format=csv").with(users.as("chihuy.ramai")).exchange();
		assertThat(csv).hasStatusOk();
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains("Buổi tuyên truyền, vận động\",274").contains("Lượt người nghe,7512")
			.contains("Số hộ,2907").contains("Số nhân khẩu,11569");

		MvcTestResult pdf = mvc.get().uri(RAMAI_2017_2020 + "&format=pdf").with(users.as("chihuy.ramai")).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		try (var doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String t = new PDFTextStripper().getText(doc);
			assertThat(t).contains("BÁO CÁO KẾT QUẢ THỰC HIỆN QUY CHẾ PHỐI HỢP").contains("Đồn Biên phòng Ra Mai")
				.contains("01/01/2017 – 31/12/2020").contains("274").contains("7.512").contains("624").contains("2.677")
				.contains("2.907").contains("11.569").contains("455").contains("149").contains("480")
				.contains("1 / ");
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'PeriodReport' and "
				+ "action = 'EXPORT' and username = 'chihuy.ramai'", Integer.class)).isGreaterThanOrEqualTo(3);
	}

	private long sessions(String query, String user) {
		String page = Pages.text(mvc.get().uri("/reports/period?" + query).with(users.as(user)).exchange(), 200);
		return Long.parseLong(between(page, "id=\"fig-sessions\">", "<").replace(".", ""));
	}

	@Test
	void aReportOverTheMergeEqualsTheSumOfItsParts() {
		String period = "&from=2025-01-01&to=2025-12-31";
		long whole = sessions("commune=DANHOA2025" + period, "chihuy.ramai");
		long trongHoa = sessions("commune=TRONGHOA" + period, "chihuy.ramai");
		long oldDanHoa = jdbc.queryForObject("select count(*) from activity a join commune c on c.id = a.commune_id "
				+ "where c.code = 'DANHOA' and a.type = 'OUTREACH' and a.status = 'SUBMITTED' "
				+ "and a.activity_date between '2025-01-01' and '2025-12-31'", Long.class);
		long newOnly = jdbc.queryForObject("select count(*) from activity a join commune c on c.id = a.commune_id "
				+ "where c.code = 'DANHOA2025' and a.type = 'OUTREACH' and a.status = 'SUBMITTED' "
				+ "and a.activity_date between '2025-01-01' and '2025-12-31'", Long.class);
		assertThat(trongHoa).isPositive();
		assertThat(newOnly).isPositive();
		assertThat(whole).isEqualTo(trongHoa + oldDanHoa + newOnly);
	}

	/** A second post, commune and period made up for the test (once per database). */
	private synchronized long ensureTestPost() {
		if (jdbc.queryForObject("select count(*) from commune where code = 'BCX1'", Integer.class) > 0) {
			return jdbc.queryForObject("select id from commune where code = 'BCX1'", Long.class);
		}
		long qt = jdbc.queryForObject("select id from province where code = 'QUANGTRI'", Long.class);
		jdbc.update("insert into commune (code, name, province_id) values ('BCX1', '=HYPERLINK(\"x\")', ?)", qt);
		long commune = jdbc.queryForObject("select id from commune where code = 'BCX1'", Long.class);
		jdbc.update("insert into village (commune_id, name) values (?, 'Thôn Báo Cáo')", commune);
		long village = jdbc.queryForObject("select id from village where commune_id = ?", Long.class, commune);
		jdbc.update("insert into border_post (code, name, provincial_command, province_id) values "
				+ "('BCPOST', 'Đồn Thử Báo Cáo', 'BCH thử', ?)", qt);
		long post = jdbc.queryForObject("select id from border_post where code = 'BCPOST'", Long.class);
		jdbc.update("insert into post_coverage (post_id, commune_id, valid_from) values (?, ?, '2019-01-01')", post, commune);
		for (int i = 0; i < 7; i++) {
			jdbc.update("insert into activity (type, activity_date, commune_id, title, attendee_count, part_border_guard, "
					+ "part_militia, logged_by, status) values (?, ?::date, ?, 'BC', ?, ?, ?, 'test', ?)",
					i % 2 == 0 ? "OUTREACH" : "PATROL", "2021-0" + (i + 1) + "-10", commune, i % 2 == 0 ? 10 + i : null,
					i % 2 == 0 ? null : 2 + i, i % 2 == 0 ? null : 1, i == 6 ? "DRAFT" : "SUBMITTED");
		}
		for (int i = 0; i < 5; i++) {
			jdbc.update("insert into household (commune_id, village_id, head_name, members, ethnicity, poverty_status) "
					+ "values (?, ?, ?, ?, 'KINH', 'POOR')", commune, village, "Chủ Hộ Báo Cáo " + i, 2 + i);
		}
		return commune;
	}

	@Test
	void everyFigureEqualsADirectSqlCountForAnotherPostAndPeriod() {
		long commune = ensureTestPost();
		String page = Pages.text(mvc.get()
			.uri("/reports/period?post=BCPOST&from=2021-01-01&to=2021-12-31")
			.with(users.as("admin"))
			.exchange(), 200);
		String where = " from activity where commune_id = " + commune
				+ " and status = 'SUBMITTED' and activity_date between '2021-01-01' and '2021-12-31'";
		assertThat(between(page, "id=\"fig-sessions\">", "<"))
			.isEqualTo(jdbc.queryForObject("select count(*)" + where + " and type = 'OUTREACH'", Long.class).toString());
		assertThat(between(page, "id=\"fig-attendees\">", "<")).isEqualTo(
				jdbc.queryForObject("select sum(attendee_count)" + where + " and type = 'OUTREACH'", Long.class).toString());
		assertThat(between(page, "id=\"fig-patrols\">", "<"))
			.isEqualTo(jdbc.queryForObject("select count(*)" + where + " and type = 'PATROL'", Long.class).toString());
		assertThat(between(page, "id=\"fig-participants\">", "<")).isEqualTo(jdbc
			.queryForObject("select sum(part_border_guard + part_militia)" + where + " and type = 'PATROL'", Long.class)
			.toString());
		assertThat(between(page, "id=\"fig-households\">", "<")).isEqualTo("5");
		assertThat(between(page, "id=\"fig-persons\">", "<")).isEqualTo(
				jdbc.queryForObject("select sum(members) from household where commune_id = ?", Long.class, commune).toString());
		// no personal data in a report
		assertThat(page).doesNotContain("Chủ Hộ Báo Cáo");
	}

	@Test
	void spreadsheetFormulasAreNeutralised() throws Exception {
		ensureTestPost();
		String csv = new String(mvc.get()
			.uri("/reports/period?post=BCPOST&from=2021-01-01&to=2021-12-31&format=csv")
			.with(users.as("admin"))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain(",=HYPERLINK").doesNotContain("\n=HYPERLINK");
		byte[] xlsx = mvc.get()
			.uri("/reports/period?post=BCPOST&from=2021-01-01&to=2021-12-31&format=xlsx")
			.with(users.as("admin"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		List<String> texts = new ArrayList<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			wb.getSheets().forEach(sheet -> {
				try {
					sheet.read().forEach(row -> row.forEach(cell -> {
						if (cell != null) {
							texts.add(cell.getText());
							assertThat(cell.getType()).isNotEqualTo(CellType.FORMULA);
						}
					}));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("'=HYPERLINK"));
		assertThat(texts).noneSatisfy(t -> assertThat(t).startsWith("=HYPERLINK"));
	}


	@Test
	void aCommuneOfficialGetsOnlyTheirCommuneAndTheViewerNoPersonalData() throws Exception {
		// the official's report of the post is cut to Dân Hóa and its predecessors
		String page = Pages.text(mvc.get().uri(RAMAI_2017_2020).with(users.as("xa.danhoa")).exchange(), 200);
		long trongHoa = jdbc.queryForObject("select count(*) from household h join commune c on c.id = h.commune_id "
				+ "where c.code = 'TRONGHOA' and not h.archived", Long.class);
		assertThat(between(page, "id=\"fig-households\">", "<").replace(".", "")).isEqualTo(String.valueOf(trongHoa));
		assertThat(page).doesNotContain("Thanh Hóa (Tuyên Hóa)");
		assertThat(mvc.get().uri("/reports/period?commune=THANHHOA&from=2017-01-01&to=2020-12-31")
			.with(users.as("xa.danhoa"))).hasStatus(404);
		assertThat(mvc.get().uri("/reports/period?post=RAMAI&from=2017-01-01&to=2020-12-31")
			.with(users.as("tinh.quangtri"))).hasStatusOk();
		assertThat(mvc.get().uri("/reports/period?province=QUANGTRI&from=2017-01-01&to=2020-12-31")
			.with(users.as("tinh.quangtri"))).hasStatusOk();
		assertThat(mvc.get().uri("/reports/period?province=QUANGTRI&from=2017-01-01&to=2020-12-31")
			.with(users.as("chihuy.ramai"))).hasStatus(404);

		List<String> names = jdbc.queryForList("select head_name from household order by id limit 50", String.class);
		for (String format : List.of("", "&format=csv", "&format=xlsx", "&format=pdf")) {
			byte[] body = mvc.get().uri(RAMAI_2017_2020 + format).with(users.as("tinh.quangtri")).exchange()
				.getResponse().getContentAsByteArray();
			String text = format.endsWith("pdf") ? new PDFTextStripper().getText(Loader.loadPDF(body))
					: format.endsWith("xlsx") ? xlsxText(body) : new String(body, StandardCharsets.UTF_8);
			for (String name : names) {
				assertThat(text).as(format).doesNotContain(name);
			}
		}
	}

	private static String xlsxText(byte[] xlsx) throws Exception {
		StringBuilder sb = new StringBuilder();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (var sheet : wb.getSheets().toList()) {
				for (Row row : sheet.read()) {
					row.forEach(c -> sb.append(c == null ? "" : c.getText()).append('\t'));
				}
			}
		}
		return sb.toString();
	}

	@Test
	void badDatesGetAClearMessageWithTheInputKept() {
		String page = Pages.text(mvc.get().uri("/reports/period?post=RAMAI&from=2020-13-45&to=2019-01-01")
			.with(users.as("chihuy.ramai")).exchange(), 200);
		assertThat(page).contains("Ngày không hợp lệ").contains("value=\"2020-13-45\"");
		String range = Pages.text(mvc.get().uri("/reports/period?post=RAMAI&from=2020-01-01&to=2019-01-01")
			.with(users.as("chihuy.ramai")).exchange(), 200);
		assertThat(range).contains("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu");
	}

}
