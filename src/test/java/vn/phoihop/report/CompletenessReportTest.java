package vn.phoihop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.notification.NotificationFixtures;
import vn.phoihop.notification.NotificationFixtures.World;
import vn.phoihop.report.ReportTables.Section;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * /reports/completeness (issue 26 §5): each commune's report of each month sent on time, late by how many days or not
 * sent, a returned report counted from its first sending with its returns; the rates per commune, post and month;
 * the post's conclusions likewise; the same figures on the page and in the CSV, XLSX and PDF; each reader's unit only.
 * A world of its own in the first quarter of 2015 (reports due on the 2nd, conclusions on the 5th).
 */
@IntegrationTest
class CompletenessReportTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	NotificationFixtures fixtures;

	/**
	 * January: A on time, B not sent, concluded on time; February: A three days late, B a draft, concluded four days
	 * late; March: A sent on time, returned and sent again after the due date, B on the due day, not concluded.
	 */
	World quarter() {
		World w = fixtures.world(2, LocalDate.of(2015, 1, 1), null);
		long january = fixtures.review(w, YearMonth.of(2015, 1), LocalDate.of(2015, 2, 4));
		fixtures.report(january, w.commune(0), LocalDate.of(2015, 2, 1));
		long february = fixtures.review(w, YearMonth.of(2015, 2), LocalDate.of(2015, 3, 9));
		fixtures.report(february, w.commune(0), LocalDate.of(2015, 3, 5));
		fixtures.report(february, w.commune(1), null);
		long march = fixtures.review(w, YearMonth.of(2015, 3), null);
		long returned = fixtures.report(march, w.commune(0), LocalDate.of(2015, 4, 1));
		fixtures.returnedAndSentAgain(returned, LocalDate.of(2015, 4, 3));
		fixtures.report(march, w.commune(1), LocalDate.of(2015, 4, 2));
		return w;
	}

	private MvcTestResult get(String user, String query) {
		return mvc.get().uri("/reports/completeness?" + query).with(users.as(user)).exchange();
	}

	private List<Section> csv(String user, String query) {
		MvcTestResult r = get(user, query + "&format=csv");
		assertThat(r).hasStatusOk();
		return ReportTables.csv(new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	@Test
	void eachReportAndConclusionIsOnTimeLateOrMissingAndTheRatesFollow() throws Exception {
		World w = quarter();
		String query = "post=" + w.postCode() + "&from=01/2015&to=03/2015";
		// the returned report was first sent on time: the trigger kept that day and counted the return
		assertThat(jdbc.queryForObject("""
				select to_char(first_submitted_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') || ' ' || return_count
				from commune_submission where commune_id = ? and return_count > 0""", String.class, w.commune(0)))
			.isEqualTo("2015-04-01 1");

		List<Section> s = csv("admin", query);
		assertThat(s).extracting(Section::title).containsExactly("Tổng hợp", "Theo tháng", "Theo xã",
				"Báo cáo của từng xã theo tháng", "Kết luận của từng đồn theo tháng");
		assertThat(s.get(0).rows()).contains(List.of("Đơn vị", w.postName()), List.of("Thời kỳ", "01/2015 – 03/2015"),
				List.of("Báo cáo phải gửi (đã đến hạn)", "6"), List.of("Gửi đúng hạn", "3"), List.of("Gửi chậm", "1"),
				List.of("Số ngày chậm trung bình", "3"), List.of("Chưa gửi", "2"), List.of("Số lần bị trả lại", "1"),
				List.of("Tỷ lệ đầy đủ (%)", "67"), List.of("Tỷ lệ đúng hạn (%)", "50"),
				List.of("Tháng phải kết luận (đã đến hạn)", "3"), List.of("Kết luận đúng hạn", "1"),
				List.of("Kết luận chậm", "1"), List.of("Chưa kết luận", "1"), List.of("Tỷ lệ kết luận đúng hạn (%)", "33"));
		assertThat(s.get(1).headers()).containsExactly("Tháng", "Phải gửi", "Đã gửi", "Đúng hạn", "Chậm", "Chưa gửi",
				"Lần trả lại", "Đầy đủ (%)", "Đúng hạn (%)", "Kết luận đúng hạn (%)");
		assertThat(s.get(1).rows()).containsExactly(List.of("01/2015", "2", "1", "1", "0", "1", "0", "50", "50", "100"),
				List.of("02/2015", "2", "1", "0", "1", "1", "0", "50", "0", "0"),
				List.of("03/2015", "2", "2", "2", "0", "0", "1", "100", "100", "0"));
		String a = w.communeNames().get(0);
		String b = w.communeNames().get(1);
		assertThat(s.get(2).rows()).containsExactly(
				List.of(a, w.postName(), "3", "3", "2", "1", "0", "1", "100", "67", "3"),
				List.of(b, w.postName(), "3", "1", "1", "0", "2", "0", "33", "33", "0"));
		assertThat(s.get(3).headers()).containsExactly("Xã", "Đồn", "01/2015", "02/2015", "03/2015");
		assertThat(s.get(3).rows()).containsExactly(
				List.of(a, w.postName(), "Đúng hạn", "Chậm 3 ngày", "Đúng hạn (trả lại 1)"),
				List.of(b, w.postName(), "Chưa gửi", "Chưa gửi", "Đúng hạn"));
		assertThat(s.get(4).rows()).containsExactly(List.of(w.postName(), "Đúng hạn", "Chậm 4 ngày", "Chưa kết luận"));

		// the page: the same tables, the chart drawn from the trend's table, the months coloured
		String page = Pages.text(get("admin", query), 200);
		assertThat(page).contains("id=\"completeness-chart\"").contains("id=\"completeness-trend\"")
			.contains("data-series=\"percent\"").contains("data-value=\"67\"")
			.contains("class=\"mark-LATE\">Chậm 3 ngày<").contains("Đúng hạn (trả lại 1)");

		// the spreadsheet: a sheet per section, the rates as numbers
		MvcTestResult xlsx = get("admin", query + "&format=xlsx");
		assertThat(xlsx).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (ReadableWorkbook wb = new ReadableWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			assertThat(wb.getSheets().count()).isEqualTo(5);
			List<String> trend = new ArrayList<>();
			for (Row row : wb.getSheets().toList().get(1).read()) {
				trend.add(row.getCellText(0) + " " + row.getCellText(7));
			}
			assertThat(trend).containsExactly("Tháng Đầy đủ (%)", "01/2015 50", "02/2015 50", "03/2015 100");
		}
		// the PDF, in Vietnamese, with its own title
		MvcTestResult pdf = get("admin", query + "&format=pdf");
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		String printed = String.join(" ", ReportTables.pdfPages(pdf.getResponse().getContentAsByteArray()));
		assertThat(printed).contains("BÁO CÁO TỶ LỆ ĐẦY ĐỦ, ĐÚNG HẠN CỦA BÁO CÁO THÁNG").contains("Chậm 3 ngày")
			.contains("Chưa kết luận");
		// each file is audited as an export
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where action = 'EXPORT' and entity_type = 'CompletenessReport'
				and summary like ?""", Integer.class, "%" + w.postName() + "%")).isEqualTo(3);
	}

	@Test
	void eachReaderGetsTheirOwnUnitAndNothingElse() {
		World w = quarter();
		String query = "post=" + w.postCode() + "&from=01/2015&to=03/2015";
		// the commune's official: their commune's reports only, by default and when naming the post
		for (String q : List.of("from=01/2015&to=03/2015", query)) {
			List<Section> s = csv(w.official(0), q);
			assertThat(s.get(2).rows()).extracting(r -> r.get(0)).containsExactly(w.communeNames().get(0));
		}
		// the post's commander: the post, by default
		assertThat(csv(w.commander(), "from=01/2015&to=03/2015").get(2).rows()).hasSize(2);
		// the province: the provincial command of another province does not reach it, nor another post's commander
		assertThat(get("tinh.quangtri", query)).hasStatus(404);
		assertThat(get("tinh.quangtri", "province=" + w.provinceCode() + "&from=01/2015&to=03/2015")).hasStatus(404);
		assertThat(get("chihuy.ramai", query)).hasStatus(404);
		assertThat(get("xa.danhoa", query)).hasStatus(404);
		assertThat(get(w.official(1), query + "&format=csv")).hasStatusOk();
		// the administrator: the province, with a row per post
		List<Section> province = csv("admin", "province=" + w.provinceCode() + "&from=01/2015&to=03/2015");
		assertThat(province).extracting(Section::title).contains("Theo đồn");
		assertThat(province.get(2).rows()).singleElement().satisfies(r -> assertThat(r.get(0)).isEqualTo(w.postName()));
	}

	@Test
	void aMonthThatIsNoMonthOrAPeriodTooLongIsSaidNextToItsField() {
		String page = Pages.text(get("chihuy.ramai", "from=13/2025&to=02/2026"), 200);
		assertThat(page).contains("id=\"from-error\"").contains("Tháng không hợp lệ. Nhập theo dạng tháng/năm")
			.contains("value=\"13/2025\"");
		assertThat(Pages.text(get("chihuy.ramai", "from=01/2020&to=02/2026"), 200)).contains("Chọn tối đa 24 tháng.");
		assertThat(Pages.text(get("chihuy.ramai", "from=01/2026&to=12/2030"), 200))
			.contains("Tháng kết thúc không được sau tháng hiện tại.");
		// by default: the twelve months to last month of the reader's post
		String ramai = Pages.text(get("chihuy.ramai", ""), 200);
		assertThat(ramai).contains("Đồn Biên phòng Ra Mai").contains("Theo tháng")
			.contains(vn.phoihop.shared.web.DateText.MONTH.format(YearMonth.now().minusMonths(1)));
	}

}
