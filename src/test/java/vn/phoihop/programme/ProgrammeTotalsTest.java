package vn.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.household.SupportKind;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * The programmes' totals (issue 24 §3): by kind of programme and by kind of support and year, over a unit's communes
 * and a period, as the period report shows them on its page and in its XLSX; the provincial command's report has
 * them too (aggregates only); the article's figures are untouched (PeriodReportTest checks them all).
 */
@IntegrationTest
class ProgrammeTotalsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgrammeTotals totals;

	private List<Long> communes(String... codes) {
		return jdbc.queryForList("select id from commune where code = any(?)", Long.class, (Object) codes);
	}

	@Test
	void theTotalsCountThePeriodsBeneficiariesAndSupportOfTheCommunes() {
		LocalDate from = LocalDate.of(2019, 1, 1);
		LocalDate to = LocalDate.of(2019, 12, 31);
		ProgrammeTotals.Figures f = totals.of(communes("TRONGHOA", "THANHHOA"), from, to);
		long value = jdbc.queryForObject("""
				select coalesce(sum(s.value_dong), 0) from programme_support s join programme_beneficiary b
				on b.id = s.beneficiary_id join commune c on c.id = b.commune_id
				where c.code in ('TRONGHOA', 'THANHHOA') and s.given_on between ? and ?""", Long.class, from, to);
		long persons = jdbc.queryForObject("""
				select count(*) from programme_beneficiary b join commune c on c.id = b.commune_id
				where c.code in ('TRONGHOA', 'THANHHOA') and b.member_id is not null and b.joined_on <= ?
				  and (b.left_on is null or b.left_on >= ?)""", Long.class, to, from);
		long households = jdbc.queryForObject("""
				select count(*) from programme_beneficiary b join commune c on c.id = b.commune_id
				where c.code in ('TRONGHOA', 'THANHHOA') and b.member_id is null and b.joined_on <= ?
				  and (b.left_on is null or b.left_on >= ?)""", Long.class, to, from);
		assertThat(value).isPositive();
		assertThat(f.value()).isEqualTo(value);
		assertThat(f.persons()).isEqualTo(persons).isPositive();
		assertThat(f.households()).isEqualTo(households).isPositive();
		assertThat(f.years()).containsExactly(2019);
		assertThat(f.valueIn(2019)).isEqualTo(value);
		assertThat(f.value(SupportKind.GIFTS) + f.value(SupportKind.FOOD) + f.value(SupportKind.MONEY)
				+ f.value(SupportKind.SCHOOL_SUPPLIES)).isEqualTo(value);
		// the Tết gifts to households of the Tết programme, the school's to pupils
		assertThat(f.byProgrammeKind()).extracting(ProgrammeTotals.KindRow::code)
			.contains("SCHOOL_SPONSORSHIP", "TET_GIFTS");
		assertThat(f.byProgrammeKind().stream().filter(r -> r.code().equals("TET_GIFTS")).findFirst().orElseThrow()
			.label(Locale.forLanguageTag("vi"))).contains("Xuân Biên phòng ấm lòng dân bản");
		// another commune's totals are another's: Dân Hóa's old commune has none in the demo data
		assertThat(totals.of(communes("LAMHOA"), from, to).value()).isZero();
	}

	/** The sheet's total row (its note follows it). */
	private static Row total(List<Row> rows) {
		return rows.stream().filter(r -> "Tổng cộng".equals(r.getCellText(0))).findFirst().orElseThrow();
	}

	@Test
	void thePeriodReportShowsAndExportsTheProgrammesTotalsAndKeepsTheArticlesFigures() throws Exception {
		String uri = "/reports/period?post=RAMAI&from=2017-01-01&to=2020-12-31";
		String page = Pages.text(mvc.get().uri(uri).with(users.as("chihuy.ramai")).exchange(), 200);
		ProgrammeTotals.Figures f = totals.of(communes("TRONGHOA", "THANHHOA"), LocalDate.of(2017, 1, 1),
				LocalDate.of(2020, 12, 31));
		assertThat(page).contains("id=\"section-programmes-0\"").contains("id=\"section-programmes-1\"")
			.contains("Đỡ đầu học sinh (Nâng bước em tới trường)").contains("Hỗ trợ theo hình thức, năm")
			.contains("id=\"fig-sessions\">274<").contains("id=\"fig-patrols\">624<")
			// the period's support value, grouped as the page writes figures (1.234.567), right-aligned
			.contains("<td class=\"text-end\">" + String.format(Locale.GERMANY, "%,d", f.value()) + "</td>");

		MvcTestResult xlsx = mvc.get().uri(uri + "&format=xlsx").with(users.as("chihuy.ramai")).exchange();
		try (ReadableWorkbook wb = new ReadableWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			List<Sheet> sheets = wb.getSheets().toList();
			Sheet programmes = sheets.stream().filter(s -> s.getName().equals("Chương trình hỗ trợ")).findFirst()
				.orElseThrow();
			Row total = total(programmes.read());
			assertThat(total.getCell(5).asNumber().longValue()).isEqualTo(f.value());
			assertThat(total.getCell(2).asNumber().longValue()).isEqualTo(f.persons());
			Sheet byYear = sheets.stream().filter(s -> s.getName().equals("Hỗ trợ theo hình thức, năm")).findFirst()
				.orElseThrow();
			List<Row> yearRows = byYear.read();
			assertThat(yearRows.get(0).getCellText(1)).isEqualTo("2017");
			assertThat(yearRows.get(0).getCellText(4)).isEqualTo("2020");
			assertThat(total(yearRows).getCell(5).asNumber().longValue()).isEqualTo(f.value());
		}

		// the provincial command's report of the province has them too, figures only
		String province = Pages.text(mvc.get().uri("/reports/period?province=QUANGTRI&from=2017-01-01&to=2020-12-31")
			.with(users.as("tinh.quangtri")).exchange(), 200);
		assertThat(province).contains("id=\"section-programmes-0\"");
	}

}
