package vn.phoihop.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/** A household's page leads those who handle residents' requests to a new request for that household. */
@IntegrationTest
class RequestLinkTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void theHouseholdPageLeadsTheOfficialToARequestForIt() {
		long id = jdbc.queryForObject("""
				select h.id from household h join commune c on c.id = h.commune_id
				where c.code in ('DANHOA', 'TRONGHOA', 'DANHOA2025') and not h.archived order by h.id limit 1""", Long.class);
		String page = Pages.main(Pages.text(mvc.get().uri("/households/" + id).with(users.as("xa.danhoa")).exchange(),
				200));
		assertThat(page).contains("href=\"/privacy/requests/new?household=" + id + "\"");
		String form = Pages.main(Pages.text(mvc.get().uri("/privacy/requests/new?household=" + id)
			.with(users.as("xa.danhoa")).exchange(), 200));
		assertThat(form).containsPattern("value=\"" + id + "\"[^>]*checked|checked[^>]*value=\"" + id + "\"|name=\"householdId\"[^>]*value=\"" + id + "\"|value=\"" + id + "\"[^>]*name=\"householdId\"");
		// a post cadre handles no requests: no link
		assertThat(Pages.text(mvc.get().uri("/households/" + id).with(users.as("canbo.ramai")).exchange(), 200))
			.doesNotContain("/privacy/requests/new");
	}

}
