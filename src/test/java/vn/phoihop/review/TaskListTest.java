package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.shared.db.SearchText;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * The task list is a list like the others (issue 21, siblings): searched without accents, filtered by status and
 * cadre, paged by 25, printed whole; a task marked done brings the user back to the page of the filter it is on.
 */
@IntegrationTest
class TaskListTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	private String page(String user, String uri) {
		return Pages.main(Pages.text(mvc.get().uri(uri).with(users.as(user)).exchange(), 200));
	}

	private static int rows(String html) {
		Matcher m = Pattern.compile("id=\"task-\\d+\"").matcher(html);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	@Test
	void aCommanderSearchesFiltersPagesAndPrintsThePostsTasks() {
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		long cadre = jdbc.queryForObject("select c.id from cadre c join app_user u on u.id = c.user_id "
				+ "where u.username = 'canbo.ramai'", Long.class);
		long review = jdbc.queryForObject("""
				insert into monthly_review (post_id, month) values (?, '2014-02-01')
				on conflict (post_id, month) do update set month = excluded.month returning id""", Long.class, post);
		String word = "Ràsoátmốc" + System.nanoTime();
		long last = 0;
		for (int i = 0; i < 30; i++) {
			last = jdbc.queryForObject("""
					insert into review_task (review_id, cadre_id, due_date, description)
					values (?, ?, date '2014-03-01' + ?, ?) returning id""", Long.class, review, cadre, i,
					word + " số " + i);
		}
		String folded = SearchText.key(word); // typed without accents: found all the same

		String first = page("chihuy.ramai", "/tasks?q=" + folded + "&status=OVERDUE");
		assertThat(rows(first)).isEqualTo(25);
		assertThat(first).contains("30 ").contains("class=\"pagination")
			.contains("href=\"/tasks?q=" + folded + "&status=OVERDUE&print=1\"");
		assertThat(rows(page("chihuy.ramai", "/tasks?q=" + folded + "&status=OVERDUE&page=2"))).isEqualTo(5);
		assertThat(rows(page("chihuy.ramai", "/tasks?q=" + folded + "&status=DONE"))).isZero();

		String printed = page("chihuy.ramai", "/tasks?q=" + folded + "&status=OVERDUE&print=1");
		assertThat(rows(printed)).isEqualTo(30);
		assertThat(printed).contains("Trạng thái: Quá hạn").contains("30 dòng.").doesNotContain("role=\"search\"")
			.doesNotContain("class=\"pagination").doesNotContain("/done\"");

		// the last task (due last: page 2 of the overdue ones) marked done: back on the page where it now is, the
		// done ones coming after the overdue ones
		var done = mvc.post().uri("/tasks/" + last + "/done").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", "0").param("resultNote", "Đã xong").param("q", folded).param("page", "2").exchange();
		assertThat(done).hasStatus3xxRedirection();
		String target = done.getResponse().getRedirectedUrl();
		assertThat(target).startsWith("/tasks?q=").endsWith("&page=2#task-" + last);
		String back = page("chihuy.ramai", java.net.URI.create(target.substring(0, target.indexOf('#'))).toString());
		assertThat(back).contains("id=\"task-" + last + "\"").contains("Đã xong");
		// a commune official has no tasks list
		assertThat(mvc.get().uri("/tasks?q=x&print=1").with(users.as("xa.danhoa"))).hasStatus(403);
	}

}
