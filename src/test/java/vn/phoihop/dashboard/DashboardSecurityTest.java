package vn.phoihop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
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
 * The commander's dashboard counts the situation register's items still followed in the post's scope and the
 * post's markers overdue for an inspection, as the register and the segment's page show them; no other role has
 * the card.
 */
@IntegrationTest
class DashboardSecurityTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	private String home(String user) {
		return Pages.main(Pages.text(mvc.get().uri("/").with(users.as(user)).exchange(), 200));
	}

	private static long count(String page, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([\\d.]+) ").matcher(page);
		assertThat(m.find()).as("#%s on the page", id).isTrue();
		return Long.parseLong(m.group(1).replace(".", ""));
	}

	@Test
	void theCommanderSeesTheOpenItemsAndTheMarkersOverdue() {
		String page = home("chihuy.ramai");
		long open = count(page, "security-open");
		// every item of the post's communes and their predecessors still new or followed, restricted ones included
		assertThat(open).isEqualTo(jdbc.queryForObject("""
				select count(*) from situation_item s join commune c on c.id = s.commune_id
				where s.status in ('NEW', 'FOLLOWING')
				  and (c.code in ('DANHOA2025', 'TUYENLAM', 'TRONGHOA', 'DANHOA', 'THANHHOA', 'LAMHOA'))""", Long.class));
		assertThat(open).isPositive();
		// as many markers as the segment's page flags overdue
		String border = Pages.main(Pages.text(mvc.get().uri("/border").with(users.as("chihuy.ramai")).exchange(), 200));
		long flagged = Pattern.compile("class=\"[^\"]*overdue-flag").matcher(border).results().count();
		assertThat(count(page, "security-overdue")).isEqualTo(flagged).isPositive();

		// an item handled is no longer counted; a new one is
		String summary = "DashboardSecurityTest " + System.nanoTime();
		jdbc.update("""
				insert into situation_item (commune_id, occurred_on, category_id, source, severity, summary, status,
				  restricted, recorded_by)
				select (select id from commune where code = 'TUYENLAM'), ?, c.id, 'RESIDENT', 'ROUTINE', ?, 'NEW', false,
				  'xa.tuyenlam' from situation_category c where c.code = 'OTHER'""", Date.valueOf(LocalDate.now()), summary);
		try {
			assertThat(count(home("chihuy.ramai"), "security-open")).isEqualTo(open + 1);
		}
		finally {
			jdbc.update("delete from situation_item where summary = ?", summary);
		}
	}

	@Test
	void noOtherRoleHasTheCard() {
		for (String user : new String[] { "canbo.ramai", "xa.danhoa", "tinh.quangtri", "admin" }) {
			assertThat(home(user)).as(user).doesNotContain("id=\"security\"");
		}
	}

}
