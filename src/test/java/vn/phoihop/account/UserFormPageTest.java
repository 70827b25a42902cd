package vn.phoihop.account;

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
 * The administrator's user form: a new user gets a username and a password; an existing user's username is shown,
 * not editable, and their password is changed by the reset form only (the edit form had both fields, the password
 * typed there being silently ignored, and the username sent twice).
 */
@IntegrationTest
class UserFormPageTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	private String page(String uri) {
		return Pages.text(mvc.get().uri(uri).with(users.as("admin")).exchange(), 200);
	}

	/** The user form (the first form posting to /admin/users). */
	private static String userForm(String page) {
		Matcher m = Pattern.compile("(?s)<form action=\"/admin/users\".*?</form>").matcher(page);
		assertThat(m.find()).isTrue();
		return m.group();
	}

	private static int count(String html, String needle) {
		return html.split(Pattern.quote(needle), -1).length - 1;
	}

	@Test
	void aNewUserIsGivenAUsernameAndAPassword() {
		String form = userForm(page("/admin/users/new"));
		assertThat(count(form, "name=\"username\"")).isEqualTo(1);
		assertThat(form).contains("<input type=\"text\" class=\"form-control\" id=\"username\" name=\"username\"");
		assertThat(count(form, "name=\"password\"")).isEqualTo(1);
	}

	@Test
	void anExistingUsersFormHasNoPasswordAndItsUsernameOnce() {
		long id = jdbc.queryForObject("select id from app_user where username = 'xa.tuyenlam'", Long.class);
		String page = page("/admin/users/" + id);
		String form = userForm(page);
		assertThat(count(form, "name=\"username\"")).isEqualTo(1);
		assertThat(form).contains("type=\"hidden\" id=\"username\" name=\"username\" value=\"xa.tuyenlam\"");
		assertThat(form).doesNotContain("name=\"password\"");
		// the reset form is the only password field of the page
		assertThat(count(page, "name=\"password\"")).isEqualTo(1);
		assertThat(count(page, "id=\"password\"")).isEqualTo(1);
	}

}
