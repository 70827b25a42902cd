package vn.phoihop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.account.AccountService;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

@IntegrationTest
class DashboardFiguresTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	DashboardFigures figures;

	@Test
	void thisMonthIsShownAgainstTheTargetsSetAtLastMonthsConclusion() {
		YearMonth month = YearMonth.now();
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		jdbc.update("insert into monthly_review (post_id, month) select ?, ? where not exists "
				+ "(select 1 from monthly_review where post_id = ? and month = ?)", post, month.minusMonths(1).atDay(1), post,
				month.minusMonths(1).atDay(1));
		long review = jdbc.queryForObject("select id from monthly_review where post_id = ? and month = ?", Long.class, post,
				month.minusMonths(1).atDay(1));
		// appended after the review's own targets (their positions are a list index)
		jdbc.update("delete from review_target where review_id = ? and indicator = 'Chỉ tiêu thử buổi tuyên truyền'", review);
		jdbc.update("insert into review_target (review_id, position, content_area, indicator, metric, target_value, unit) "
				+ "select ?, coalesce(max(position) + 1, 0), 'OUTREACH_LEGAL', 'Chỉ tiêu thử buổi tuyên truyền', "
				+ "'OUTREACH_SESSIONS', 12, 'buổi' from review_target where review_id = ?", review, review);
		long done = jdbc.queryForObject("""
				select count(*) from activity a join commune c on c.id = a.commune_id
				where a.status = 'SUBMITTED' and a.type = 'OUTREACH' and a.activity_date between ? and ?
				  and c.code in ('TRONGHOA','THANHHOA','DANHOA','LAMHOA','DANHOA2025','TUYENLAM')""", Long.class,
				month.atDay(1), month.atEndOfMonth());
		String page = Pages.text(mvc.get().uri("/").with(users.as("chihuy.ramai")).exchange(), 200);
		String row = page.substring(page.indexOf("Chỉ tiêu thử buổi tuyên truyền"));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("12 buổi").contains(">" + done + "<");
		// the chart's table covers the last 12 months, each written MM/yyyy
		assertThat(page).contains(">" + DateText.MONTH.format(month) + "<")
			.contains(">" + DateText.MONTH.format(month.minusMonths(11)) + "<")
			.doesNotContain(">" + DateText.MONTH.format(month.minusMonths(12)) + "<")
			.doesNotContain(">" + month + "<");
		assertThat(LocalDate.now()).isNotNull();
	}

	@Test
	void theProvincialCommandComparesThePostsOfItsProvince() {
		// the province's figures are kept up to 10 minutes (docs/performance.md): those of a test before this one that
		// logged an activity would be compared with the log as it is now
		figures.forgetLargeScopes();
		String page = Pages.text(mvc.get().uri("/").with(users.as("tinh.quangtri")).exchange(), 200);
		assertThat(page).contains("So sánh các đồn trong tỉnh").contains("Đồn Biên phòng Ra Mai");
		// the post's row: this year's figures from the log, and the link to its report from 1 January to today
		var today = LocalDate.now();
		var figures = jdbc.queryForMap("""
				select count(*) n, count(*) filter (where a.type = 'OUTREACH') outreach,
				  count(*) filter (where a.type in ('PATROL', 'INSPECTION')) patrols
				from activity a join post_coverage pc on pc.commune_id = a.commune_id join border_post bp on bp.id = pc.post_id
				where bp.code = 'RAMAI' and a.status = 'SUBMITTED' and a.activity_date between ? and ?
				  and a.activity_date >= pc.valid_from and (pc.valid_to is null or a.activity_date <= pc.valid_to)""",
				today.withDayOfYear(1), today);
		int start = page.indexOf("Đồn Biên phòng Ra Mai</th>");
		String row = page.substring(start, page.indexOf("</tr>", start));
		Function<Object, String> vi = n -> String.format(Locale.forLanguageTag("vi"), "%,d",
				((Number) n).longValue());
		assertThat(row).containsSubsequence(">" + vi.apply(figures.get("n")) + "<", ">" + vi.apply(figures.get("outreach")) + "<",
				">" + vi.apply(figures.get("patrols")) + "<",
				"href=\"/reports/period?post=RAMAI&from=" + today.getYear() + "-01-01&to=" + today + "\"",
				">Xem báo cáo<");
	}

	@Autowired
	AccountService accounts;

	@Test
	void theComparisonOfPostsIsShownTwentyFiveAPage() {
		// a province of 30 posts (the country is 500): its viewer reads them 25 a page, in name order
		long province = jdbc.queryForObject(
				"insert into province (code, name) values ('PAGED', 'Tỉnh Nhiều Đồn') returning id", Long.class);
		for (int i = 1; i <= 30; i++) {
			jdbc.update("insert into border_post (code, name, provincial_command, province_id) values (?, ?, 'BCH', ?)",
					String.format("PG%02d", i), String.format("Đồn Thử %02d", i), province);
		}
		accounts.create("tinh.paged", "Xem-Nhieu-Don-9", "Người Xem Thử", Role.VIEWER,
				null, null, province);

		String first = Pages.text(mvc.get().uri("/").with(users.as("tinh.paged")).exchange(), 200);
		String table = first.substring(first.indexOf("id=\"posts-table\""), first.indexOf("</table>", first.indexOf("id=\"posts-table\"")));
		assertThat(table.split("<th scope=\"row\">", -1)).hasSize(26);
		assertThat(table).contains("Đồn Thử 01").contains("Đồn Thử 25").doesNotContain("Đồn Thử 26");
		assertThat(first).contains("href=\"/?page=2\"");

		String second = Pages.text(mvc.get().uri("/?page=2").with(users.as("tinh.paged")).exchange(), 200);
		String rest = second.substring(second.indexOf("id=\"posts-table\""), second.indexOf("</table>", second.indexOf("id=\"posts-table\"")));
		assertThat(rest.split("<th scope=\"row\">", -1)).hasSize(6);
		assertThat(rest).contains("Đồn Thử 26").contains("Đồn Thử 30").doesNotContain("Đồn Thử 25<");
	}

}
