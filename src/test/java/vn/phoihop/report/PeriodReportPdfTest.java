package vn.phoihop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.report.ReportTables.Section;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * The PDF of a report too long for one page reads as a printed table should: each table goes on from page to page
 * under its header, no row is cut in two, a section's title stays with its table's first row, and the last page is
 * not a lone row. Checked page by page against the report's own rows (its CSV, the same table model), in a province
 * report of 36 communes and 48 targets and in reports a few rows shorter each ({@link LongReportData}), so that
 * their last pages fall at every height a row can leave.
 */
@IntegrationTest
class PeriodReportPdfTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void aLongReportsTablesGoOnUnderTheirHeadersWithNoRowCutAndNoLoneLastRow() throws Exception {
		LongReportData.ensure(jdbc);
		List<String> reports = new ArrayList<>(List.of(LongReportData.REPORT));
		reports.addAll(LongReportData.postReports());
		for (String report : reports) {
			List<Section> sections = ReportTables.csv(new String(mvc.get().uri(report + "&format=csv")
				.with(users.as("admin")).exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
			List<String> pages = ReportTables.pdfPages(mvc.get().uri(report + "&format=pdf")
				.with(users.as("admin")).exchange().getResponse().getContentAsByteArray());
			assertThat(pages).as("%s: several pages", report).hasSizeGreaterThanOrEqualTo(4);
			assertThat(ReportTables.section(sections, "Chỉ tiêu và kết quả").rows()).as(report).hasSizeGreaterThanOrEqualTo(40);
			printedAsTables(report, sections, pages);
		}
	}

	/**
	 * Reads the sections in order, each row looked for after the one before: on the same page, or else first on the
	 * next page right under the repeated header, which the page starts with (after its number).
	 */
	private static void printedAsTables(String report, List<Section> sections, List<String> pages) {
		int page = 0;
		int at = 0;
		int continued = 0;
		int rowsOnLastPage = 0;
		// whether the last page goes on with a table of the page before (or starts with a section of its own)
		boolean lastPageContinues = false;
		for (Section s : sections) {
			String header = String.join(" ", s.headers());
			int title = find(pages, page, at, s.title());
			if (title < 0) {
				page++;
				lastPageContinues = false;
			}
			title = title < 0 ? find(pages, page, 0, s.title()) : title;
			assertThat(title).as("%s: the title '%s' on page %d or the next", report, s.title(), page + 1)
				.isGreaterThanOrEqualTo(0);
			int head = pages.get(page).indexOf(header, title);
			assertThat(head).as("%s: '%s' with its header on page %d", report, s.title(), page + 1).isGreaterThan(title);
			at = head + header.length();
			for (int r = 0; r < s.rows().size(); r++) {
				String row = ReportTables.printed(s.rows().get(r));
				int found = pages.get(page).indexOf(row, at);
				if (found < 0) {
					assertThat(r).as("%s: '%s' with its first row on page %d", report, s.title(), page + 1).isPositive();
					page++;
					lastPageContinues = true;
					assertThat(page).as("%s: '%s', row %d (%s) whole on a page", report, s.title(), r + 1, row)
						.isLessThan(pages.size());
					String next = pages.get(page);
					int repeated = next.indexOf(header);
					assertThat(repeated).as("%s: page %d goes on with the header of '%s'", report, page + 1, s.title())
						.isGreaterThanOrEqualTo(0);
					assertThat(next.substring(0, repeated).strip()).as("%s: page %d starts with the header", report, page + 1)
						.matches("\\d+ / \\d+");
					found = next.indexOf(row, repeated + header.length());
					assertThat(found).as("%s: '%s', row %d (%s) whole on page %d, not cut", report, s.title(), r + 1, row,
							page + 1).isGreaterThanOrEqualTo(0);
					assertThat(next.substring(repeated + header.length(), found))
						.as("%s: page %d, the row right under the header", report, page + 1).isBlank();
					continued++;
				}
				if (page == pages.size() - 1) {
					rowsOnLastPage++;
				}
				at = found + row.length();
			}
		}
		assertThat(page).as("%s: every page read", report).isEqualTo(pages.size() - 1);
		assertThat(continued).as("%s: tables that go on over a page", report).isGreaterThanOrEqualTo(2);
		if (lastPageContinues) {
			assertThat(rowsOnLastPage).as("%s: the last page holds more than a lone row of the table it goes on with",
					report).isGreaterThanOrEqualTo(2);
		}
	}

	private static int find(List<String> pages, int page, int from, String text) {
		return page < pages.size() ? pages.get(page).indexOf(text, from) : -1;
	}

}
