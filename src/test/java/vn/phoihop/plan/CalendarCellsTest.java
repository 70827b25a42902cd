package vn.phoihop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.plan.PlanFixtures.unique;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * A calendar day written in Java ({@link CalendarCells}): a planned item's title typed with markup is shown as text
 * in its day, under its date as a phone reads it, with its status and the link to the item.
 */
@IntegrationTest
class CalendarCellsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void aDaysItemIsItsEscapedTitleWithItsStatusAndLink() throws Exception {
		PlanFixtures fx = new PlanFixtures(jdbc);
		long plan = fx.plan(fx.agreement(), 2011, true);
		String title = unique("<img src=x onerror=alert(1)> Tuần tra");
		long item = fx.item(plan, 5, "TRONGHOA", Lead.COMMUNE, title);
		jdbc.update("update planned_item set planned_on = date '2011-05-17' where id = ?", item);

		String html = mvc.get().uri("/calendar?month=2011-05").with(users.as("xa.danhoa")).exchange().getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<img src=x")
			.contains("<span>" + title.replace("<", "&lt;").replace(">", "&gt;") + "</span>")
			.contains("href=\"/plans/" + plan + "/items/" + item + "\"")
			// the day as a phone reads it (Thứ Ba, 17/05/2011) and the item's status badge
			.contains("<span class=\"d-md-none\" aria-hidden=\"true\">Thứ Ba, 17/05/2011</span>")
			// the status apart from the title by a space, as the template's line breaks set it (else they run
			// together in the grid)
			.containsPattern("</span></a> <span class=\"badge [^\"]+\">[^<]+</span>");
	}

}
