package vn.phoihop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * A list printed as a clean list (issue 21 §10): every row of the current filter up to the limit, the filter described
 * in a heading with the count, no filter form, no buttons, no pager; the list page links to it with its filter.
 */
@IntegrationTest
class ListPrintTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	private String page(String user, String uri) {
		return Pages.text(mvc.get().uri(uri).with(users.as(user)).exchange(), 200);
	}

	private static int count(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	@Test
	void theHouseholdListPrintsEveryRowOfItsFilterWithTheFilterDescribed() {
		// the poor households of one village of former Trọng Hóa: more than a page of 25
		Object[] village = jdbc.queryForObject("""
				select v.id, v.name from village v join commune c on c.id = v.commune_id
				join household h on h.village_id = v.id
				where c.code = 'TRONGHOA' and not h.archived
				group by v.id, v.name having count(*) > 60 order by v.id limit 1""",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) });
		long total = jdbc.queryForObject("select count(*) from household where village_id = ? and not archived",
				Long.class, village[0]);
		String list = page("xa.danhoa", "/households?villageId=" + village[0]);
		assertThat(list).contains("href=\"/households?villageId=" + village[0] + "&print=1\"").contains("In danh sách");
		assertThat(count(Pages.main(list), "href=\"/households/\\d+\"")).isEqualTo(25);

		String printed = page("xa.danhoa", "/households?villageId=" + village[0] + "&print=1");
		String main = Pages.main(printed);
		assertThat(count(main, "href=\"/households/\\d+\"")).as("every row of the filter").isEqualTo((int) total);
		assertThat(main).contains("<h1 class=\"h3\">Hộ gia đình</h1>")
			.contains("Bộ lọc:").contains("Thôn, bản: " + village[1])
			.contains(new NumberText().i(total) + " dòng.")
			.doesNotContain("role=\"search\"").doesNotContain("class=\"pagination")
			.doesNotContain("print=1").contains("href=\"/households?villageId=" + village[0] + "\"");
		// the print dialog opens by itself, with JavaScript
		assertThat(printed).containsPattern("<script src=\"/js/print-[0-9a-f]+\\.js\" defer></script>")
			.contains("class=\"print-view\"");
		assertThat(list).doesNotContainPattern("/js/print-[0-9a-f]+\\.js");
	}

	@Test
	void aFilterWithMoreRowsThanTheLimitSaysSo() {
		// the commander's whole list: the 2,907 households of the article and more
		String main = Pages.main(page("chihuy.ramai", "/households?print=1"));
		assertThat(count(main, "href=\"/households/\\d+\"")).isEqualTo(ListPrint.LIMIT);
		assertThat(main).contains("Không lọc: toàn bộ danh sách trong phạm vi của bạn.")
			.containsPattern("Bộ lọc có (2\\.9\\d\\d|[3-9]\\.\\d{3}) dòng; bản in gồm 1\\.000 dòng đầu \\(tối đa 1\\.000 dòng một lần in\\)");
	}

	@Test
	void theActivityLogPrintsEveryRowOfItsFilterWithItsTotals() {
		// the outreach sessions of one of Dân Hóa's communes (before and after the merge): more than a page of 25
		Object[] commune = jdbc.queryForObject("""
				select c.id, c.name, count(*) from activity a join commune c on c.id = a.commune_id
				where c.code in ('DANHOA', 'TRONGHOA', 'DANHOA2025') and a.type = 'OUTREACH'
				group by c.id, c.name having count(*) > 30 order by count(*) desc limit 1""",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3) });
		String filter = "communeId=" + commune[0] + "&type=OUTREACH";
		String list = Pages.main(page("xa.danhoa", "/activities?" + filter));
		assertThat(list).contains("href=\"/activities?" + filter + "&sort=date&dir=desc&print=1\"");

		String main = Pages.main(page("xa.danhoa", "/activities?" + filter + "&print=1"));
		long rows = (long) commune[2];
		assertThat(count(main, "href=\"/activities/\\d+\"")).as("every row of the filter")
			.isEqualTo((int) Math.min(rows, ListPrint.LIMIT));
		assertThat(main).contains("<h1 class=\"h3\">Nhật ký hoạt động phối hợp</h1>")
			.contains("Xã: " + commune[1]).contains("Loại hoạt động: Tuyên truyền, vận động")
			.contains(new NumberText().i(rows) + " dòng.")
			.contains("id=\"total-sessions\">" + new NumberText().i(rows) + "<")
			.doesNotContain("role=\"search\"").doesNotContain("class=\"pagination").doesNotContain("id=\"csv-link\"");
	}

	@Test
	void theMonthPagePrintsWhatWasSavedWithoutItsForms() {
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		Long review = jdbc.queryForObject("""
				insert into monthly_review (post_id, month, status, created_by, updated_by)
				values (?, date '2013-05-01', 'OPEN', 'test', 'test')
				on conflict (post_id, month) do update set updated_by = excluded.updated_by returning id""", Long.class,
				post);
		String text = "Giữ vững chủ quyền, an ninh biên giới " + System.nanoTime();
		jdbc.update("delete from review_conclusion where review_id = ?", review);
		jdbc.update("insert into review_conclusion (review_id, content_area, text) values (?, 'BORDER_SOVEREIGNTY', ?)",
				review, text);
		String page = page("chihuy.ramai", "/reviews/RAMAI/2013-05");
		assertThat(page).contains("id=\"plan-form\"").contains("href=\"/reviews/RAMAI/2013-05?print=1\"");
		String printed = page("chihuy.ramai", "/reviews/RAMAI/2013-05?print=1");
		assertThat(Pages.main(printed)).doesNotContain("id=\"plan-form\"").doesNotContain("<textarea")
			.contains("id=\"review-conclusions\"").contains(text).contains("Quay lại trang tháng");
		assertThat(printed).containsPattern("<script src=\"/js/print-[0-9a-f]+\\.js\" defer></script>");
	}

	@Test
	void theAuditListPrintsItsFilterAndItsRows() {
		long exports = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'", Long.class);
		String main = Pages.main(page("admin", "/audit?action=EXPORT&print=1"));
		assertThat(main).contains("<h1 class=\"h3\">Nhật ký thay đổi</h1>").contains("Thao tác: Xuất dữ liệu")
			.contains(new NumberText().i(Math.min(exports, ListPrint.LIMIT)))
			.doesNotContain("role=\"search\"").doesNotContain("class=\"pagination");
		assertThat(count(main, "<tr>") - 1).isEqualTo((int) Math.max(1, Math.min(exports, ListPrint.LIMIT)));
		assertThat(Pages.main(page("admin", "/audit?action=EXPORT&from=01/01/2020")))
			.contains("href=\"/audit?action=EXPORT&from=2020-01-01&print=1\"");
	}

}
