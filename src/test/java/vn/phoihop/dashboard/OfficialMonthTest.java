package vn.phoihop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/** A commune official's first page is this month (issue 21 §7): what was logged, what is due, one tap to each. */
@IntegrationTest
class OfficialMonthTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	private String home(String user) {
		return Pages.main(Pages.text(mvc.get().uri("/").with(users.as(user)).exchange(), 200));
	}

	@Test
	void theMonthShowsWhatWasLoggedWithTheDraftsAndTheLastOnes() {
		String sent = "Tuyên truyền tháng này " + System.nanoTime();
		String draft = "Bản nháp tháng này " + System.nanoTime();
		LocalDate today = LocalDate.now();
		for (String[] a : new String[][] { { sent, "SUBMITTED" }, { draft, "DRAFT" } }) {
			jdbc.update("""
					insert into activity (type, activity_date, commune_id, content_area, title, attendee_count, logged_by,
					  status)
					select 'OUTREACH', ?, id, 'OUTREACH_LEGAL', ?, 30, 'xa.danhoa', ? from commune where code = 'DANHOA2025'""",
					Date.valueOf(today), a[0], a[1]);
		}
		YearMonth month = YearMonth.from(today);
		Map<String, Object> counts = jdbc.queryForMap("""
				select count(*) n, count(*) filter (where a.status = 'DRAFT') drafts from activity a
				join commune c on c.id = a.commune_id
				where c.code in ('DANHOA2025', 'TRONGHOA', 'DANHOA') and a.activity_date between ? and ?""",
				Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()));
		String page = home("xa.danhoa");
		assertThat(page).contains("id=\"my-month\"")
			.contains(counts.get("n") + " hoạt động, trong đó " + counts.get("drafts") + " bản nháp");
		String logged = page.substring(page.indexOf("id=\"my-month-logged\""));
		assertThat(logged.indexOf(draft)).as("newest first").isPositive().isLessThan(logged.indexOf(sent));
		assertThat(page).contains("href=\"/activities/new\"")
			.contains("href=\"/activities?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth() + "\"");
		// the official's month is theirs alone
		assertThat(home("chihuy.ramai")).doesNotContain("id=\"my-month\"");
		assertThat(home("xa.tuyenlam")).doesNotContain(sent);
	}

	@Test
	void theReportButtonOpensTheEarliestReportStillDue() {
		long commune = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		YearMonth month = YearMonth.now();
		// last month is due unless its month was concluded or the commune's report to Ra Mai was sent
		List<Map<String, Object>> last = jdbc.queryForList("""
				select r.status review, s.status submission from monthly_review r
				join border_post p on p.id = r.post_id
				left join commune_submission s on s.review_id = r.id and s.commune_id = ?
				where p.code = 'RAMAI' and r.month = ?""", commune, Date.valueOf(month.minusMonths(1).atDay(1)));
		boolean lastDue = last.isEmpty() || ("OPEN".equals(last.get(0).get("review"))
				&& !"SUBMITTED".equals(last.get(0).get("submission")));
		YearMonth expected = lastDue ? month.minusMonths(1) : month;
		assertThat(home("xa.danhoa")).containsPattern("id=\"my-month-send\" href=\"/reviews/RAMAI/" + expected
				+ "/submissions/" + commune + "\"");
	}

}
