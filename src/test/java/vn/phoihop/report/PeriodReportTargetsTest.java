package vn.phoihop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.report.ReportTables.Section;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * A report agrees with itself: a target is measured by what the summary counts (households that escaped poverty,
 * patrols), on the page and in the XLSX, CSV and PDF, and as the agreement's page and the monthly review count it;
 * a period's share of a target is a whole number to do.
 */
@IntegrationTest
class PeriodReportTargetsTest {

	static final String RAMAI_2017_2020 = "/reports/period?post=RAMAI&from=2017-01-01&to=2020-12-31";

	static final String TARGETS = "Chỉ tiêu và kết quả";

	static final String ESCAPED = "Hộ thoát nghèo mỗi năm";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void theEscapedHouseholdsTargetCountsWhatTheSummaryCountsInThePageAndEveryFile() throws Exception {
		// the page: the summary's 398, and the two agreements' targets (one per commune) adding up to it
		String page = Pages.text(mvc.get().uri(RAMAI_2017_2020).with(users.as("chihuy.ramai")).exchange(), 200);
		assertThat(value(pageRows(page, "Tổng hợp"), "Hộ thoát nghèo trong thời kỳ")).isEqualTo("398");
		List<List<String>> onPage = pageRows(page, TARGETS).stream().filter(r -> r.get(2).equals(ESCAPED)).toList();
		assertThat(onPage).hasSize(2).allSatisfy(r -> {
			assertThat(r.get(3)).isEqualTo("15 hộ mỗi năm");
			assertThat(r.get(4)).isEqualTo("60");
		});
		assertThat(onPage.stream().mapToLong(r -> Long.parseLong(r.get(6).replace(".", ""))).sum()).isEqualTo(398);
		// each agreement's result is its commune's households that escaped poverty in 2017-2020
		for (List<String> r : onPage) {
			assertThat(Long.parseLong(r.get(6))).as(r.get(0)).isPositive().isEqualTo(jdbc.queryForObject("""
					select count(*) from household h join agreement_commune ac on ac.commune_id = h.commune_id
					join agreement a on a.id = ac.agreement_id
					where a.number = ? and not h.archived and h.escaped_poverty_year between 2017 and 2020""", Long.class,
					r.get(0)));
		}

		// the CSV, the XLSX and the PDF print the same rows and the same summary
		List<Section> csv = csv(RAMAI_2017_2020);
		assertThat(value(ReportTables.section(csv, "Tổng hợp").rows(), "Hộ thoát nghèo trong thời kỳ")).isEqualTo("398");
		List<List<String>> inCsv = ReportTables.section(csv, TARGETS).rows().stream()
			.filter(r -> r.get(2).equals(ESCAPED)).toList();
		assertThat(inCsv).isEqualTo(onPage.stream().map(r -> r.stream().map(c -> c.replace(".", "")).toList()).toList());

		byte[] xlsx = mvc.get().uri(RAMAI_2017_2020 + "&format=xlsx").with(users.as("chihuy.ramai")).exchange()
			.getResponse().getContentAsByteArray();
		List<List<String>> inXlsx = new ArrayList<>();
		String escapedInSummary = null;
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : wb.getSheets().toList()) {
				for (Row row : sheet.read()) {
					List<String> cells = new ArrayList<>();
					row.forEach(c -> cells.add(c == null ? "" : c.getText()));
					if (sheet.getName().equals("Tổng hợp") && cells.get(0).equals("Hộ thoát nghèo trong thời kỳ")) {
						escapedInSummary = cells.get(1);
					}
					if (sheet.getName().equals(TARGETS) && cells.size() > 2 && cells.get(2).equals(ESCAPED)) {
						inXlsx.add(cells);
					}
				}
			}
		}
		assertThat(escapedInSummary).isEqualTo("398");
		assertThat(inXlsx).isEqualTo(inCsv);

		String pdf = String.join(" ", ReportTables.pdfPages(mvc.get().uri(RAMAI_2017_2020 + "&format=pdf")
			.with(users.as("chihuy.ramai")).exchange().getResponse().getContentAsByteArray()));
		assertThat(pdf).contains("Hộ thoát nghèo trong thời kỳ 398");
		inCsv.forEach(r -> assertThat(pdf).contains(ReportTables.printed(r.subList(2, r.size()))));

		// the agreement's own page counts the same households for it
		for (List<String> r : onPage) {
			long id = jdbc.queryForObject("select id from agreement where number = ?", Long.class, r.get(0));
			String agreement = Pages.text(mvc.get().uri("/agreements/" + id).with(users.as("chihuy.ramai")).exchange(), 200);
			String progress = agreement.substring(agreement.indexOf("id=\"progress\""));
			progress = progress.substring(progress.indexOf(ESCAPED));
			assertThat(cells(progress.substring(0, progress.indexOf("</tr>")))).contains(r.get(6));
		}

		// a commune's report: its one target and its summary
		List<Section> trongHoa = csv("/reports/period?commune=TRONGHOA&from=2017-01-01&to=2020-12-31");
		String summary = value(ReportTables.section(trongHoa, "Tổng hợp").rows(), "Hộ thoát nghèo trong thời kỳ");
		assertThat(ReportTables.section(trongHoa, TARGETS).rows()).filteredOn(r -> r.get(2).equals(ESCAPED))
			.singleElement().satisfies(r -> assertThat(r.get(6)).isEqualTo(summary));
	}

	@Test
	void aPatrolTargetCountsPatrolsOnlyAsTheSummaryAndTheMonthlyReviewDo() throws Exception {
		// a concluded month in which Trọng Hóa had inspections besides its patrols
		LocalDate day = jdbc.queryForObject("""
				select min(a.activity_date) from activity a join commune c on c.id = a.commune_id
				where c.code = 'TRONGHOA' and a.type = 'INSPECTION' and a.status = 'SUBMITTED'
				  and a.activity_date between '2021-01-01' and '2024-12-31'""", LocalDate.class);
		YearMonth month = YearMonth.from(day);
		List<Section> report = csv("/reports/period?commune=TRONGHOA&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth());
		List<List<String>> summary = ReportTables.section(report, "Tổng hợp").rows();
		long patrols = ReportTables.number(value(summary, "Đợt tuần tra"));
		assertThat(ReportTables.number(value(summary, "Đợt kiểm tra, kiểm soát địa bàn"))).isPositive();
		assertThat(patrols).isPositive().isEqualTo(jdbc.queryForObject("""
				select count(*) from activity a join commune c on c.id = a.commune_id
				where c.code = 'TRONGHOA' and a.type = 'PATROL' and a.status = 'SUBMITTED'
				  and a.activity_date between ? and ?""", Long.class, month.atDay(1), month.atEndOfMonth()));
		assertThat(ReportTables.section(report, TARGETS).rows())
			.filteredOn(r -> r.get(2).equals("Số đợt tuần tra bảo vệ biên giới")).singleElement()
			.satisfies(r -> assertThat(r.get(6)).isEqualTo(String.valueOf(patrols)));

		// the month's review shows the same figure against the same target, for the commune Trọng Hóa is part of today
		String today = jdbc.queryForObject("select m.name from commune c join commune m on m.id = c.merged_into_id "
				+ "where c.code = 'TRONGHOA'", String.class);
		String review = Pages.text(mvc.get().uri("/reviews/RAMAI/" + month).with(users.as("chihuy.ramai")).exchange(), 200);
		String table = review.substring(review.indexOf("id=\"review-agreement-targets\""));
		table = table.substring(0, table.indexOf("</table>"));
		List<String> row = rows(table).stream()
			.filter(r -> r.get(0).startsWith(today) && r.contains("Số đợt tuần tra bảo vệ biên giới"))
			.findFirst().orElseThrow();
		List<String> after = row.subList(row.indexOf("Số đợt tuần tra bảo vệ biên giới") + 1, row.size());
		assertThat(after.stream().filter(c -> c.matches("\\d+")).findFirst()).hasValue(String.valueOf(patrols));
	}

	@Test
	void everyKindOfTargetOfAnotherProvinceIsMeasuredByWhatTheSummaryCounts() throws Exception {
		LongReportData.ensure(jdbc);
		List<Section> report = csv(LongReportData.REPORT, "admin");
		List<List<String>> summary = ReportTables.section(report, "Tổng hợp").rows();
		List<List<String>> targets = ReportTables.section(report, TARGETS).rows();
		assertThat(targets).hasSize(48);
		long escaped = 0;
		for (List<String> r : targets) {
			String kind = r.get(2).substring(r.get(2).indexOf('.') + 1, r.get(2).indexOf(':'));
			String result = r.get(6);
			switch (kind) {
				// six communes an agreement: 2 patrols each (and an inspection, not counted), one household escaped
				case "3" -> assertThat(result).as(r.get(2)).isEqualTo("12");
				case "5" -> escaped += ReportTables.number(result);
				case "6", "8" -> assertThat(result).as(r.get(2)).isEqualTo("Theo dõi thủ công");
				default -> assertThat(result).as(r.get(2)).matches("\\d+");
			}
		}
		assertThat(escaped).isEqualTo(36).isEqualTo(ReportTables.number(value(summary, "Hộ thoát nghèo trong thời kỳ")));
		assertThat(ReportTables.number(value(summary, "Đợt tuần tra"))).isEqualTo(72);
	}

	@Test
	void aPeriodsShareOfATargetIsAWholeNumberToDoNextToTheAgreementsOwnTarget() throws Exception {
		// March 2019 of the 2017-2020 agreement: 280 patrols over 48 months is 5.8 a month, to do: 6
		String page = Pages.text(mvc.get().uri("/reports/period?commune=TRONGHOA&from=2019-03-01&to=2019-03-31")
			.with(users.as("chihuy.ramai")).exchange(), 200);
		List<List<String>> march = pageRows(page, TARGETS);
		assertThat(target(march, "Số đợt tuần tra bảo vệ biên giới")).containsSubsequence("280 đợt cả giai đoạn", "6", "đợt");
		assertThat(target(march, "Số buổi tuyên truyền, vận động nhân dân")).containsSubsequence("120 buổi cả giai đoạn", "3");
		assertThat(target(march, ESCAPED)).containsSubsequence("15 hộ mỗi năm", "2", "hộ");
		assertThat(page).contains("làm tròn lên số nguyên");

		// a calendar year, a leap one included, is exactly one year's target and a quarter of the agreement's
		List<List<String>> year2020 = ReportTables.section(csv("/reports/period?commune=TRONGHOA&from=2020-01-01&to=2020-12-31"),
				TARGETS).rows();
		assertThat(target(year2020, ESCAPED).get(4)).isEqualTo("15");
		assertThat(target(year2020, "Số đợt tuần tra bảo vệ biên giới").get(4)).isEqualTo("70");
	}

	private List<Section> csv(String report) throws Exception {
		return csv(report, "chihuy.ramai");
	}

	private List<Section> csv(String report, String user) throws Exception {
		return ReportTables.csv(new String(mvc.get().uri(report + "&format=csv").with(users.as(user)).exchange()
			.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static List<String> target(List<List<String>> rows, String indicator) {
		return rows.stream().filter(r -> r.get(2).equals(indicator)).findFirst().orElseThrow();
	}

	private static String value(List<List<String>> rows, String label) {
		return rows.stream().filter(r -> r.get(0).equals(label)).findFirst().orElseThrow().get(1);
	}

	/** The rows of the page's section with this title, each as its cells' text. */
	private static List<List<String>> pageRows(String page, String title) {
		int start = page.indexOf(">" + title + "</h2>");
		assertThat(start).as(title).isPositive();
		String body = page.substring(page.indexOf("<tbody>", start), page.indexOf("</tbody>", start));
		return rows(body);
	}

	private static List<List<String>> rows(String html) {
		List<List<String>> rows = new ArrayList<>();
		for (String tr : html.split("<tr")) {
			List<String> cells = cells(tr);
			if (!cells.isEmpty()) {
				rows.add(cells);
			}
		}
		return rows;
	}

	private static final Pattern CELL = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL);

	private static List<String> cells(String html) {
		List<String> cells = new ArrayList<>();
		Matcher m = CELL.matcher(html);
		while (m.find()) {
			cells.add(ReportTables.words(m.group(1).replaceAll("<[^>]+>", " ")));
		}
		return cells;
	}

}
