package vn.phoihop.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.phoihop.notification.NotificationFixtures;
import vn.phoihop.notification.NotificationFixtures.World;
import vn.phoihop.notification.Reminders;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * /settings/deadlines (issue 26 §1): the post's commander sets the days; a mistake is said next to its field with what
 * was typed kept; the others read them or are refused; the dates then show on the pages and drive the reminders.
 */
@IntegrationTest
class DeadlineSettingsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	NotificationFixtures fixtures;

	@Autowired
	Reminders reminders;

	private MockMvcRequestBuilder save(String user, String version, String report, String conclusion) {
		return mvc.post().uri("/settings/deadlines").with(users.as(user)).with(csrf()).param("version", version)
			.param("reportDay", report).param("conclusionDay", conclusion);
	}

	private String stored(World w) {
		return jdbc.query("select report_day || '/' || conclusion_day from post_deadline where post_id = ?",
				rs -> rs.next() ? rs.getString(1) : null, w.post());
	}

	@Test
	void theCommanderSetsTheDaysAndAMistakeIsSaidNextToItsField() {
		World w = fixtures.world(1, LocalDate.of(2015, 1, 1), null);
		String page = Pages.text(mvc.get().uri("/settings/deadlines").with(users.as(w.commander())).exchange(), 200);
		assertThat(page).contains("dùng hạn mặc định: báo cáo ngày 2, kết luận ngày 5").contains("id=\"deadline-form\"");

		assertThat(Pages.text(save(w.commander(), "", "10", "5").exchange(), 200))
			.contains("id=\"conclusionDay-error\"").contains("Hạn kết luận không được trước hạn gửi báo cáo của các xã.");
		assertThat(Pages.text(save(w.commander(), "", "29", "5").exchange(), 200)).contains("id=\"reportDay-error\"")
			.contains("Giá trị phải nhỏ hơn hoặc bằng 28.").contains("value=\"29\"");
		// not a number (a phone's number field lets none be typed; a request can send one)
		assertThat(Pages.text(save(w.commander(), "", "hai", "5").exchange(), 200))
			.contains("Vui lòng nhập một số nguyên.").contains("value=\"5\"");
		assertThat(stored(w)).isNull();

		assertThat(save(w.commander(), "", "20", "25")).hasRedirectedUrl("/settings/deadlines");
		assertThat(stored(w)).isEqualTo("20/25");
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where entity_type = 'PostDeadline' and entity_id = ? and post_id = ?""",
				Integer.class, w.post(), w.post())).isEqualTo(1);
		// a form read before that change is stale: said above the form, nothing changed
		assertThat(Pages.text(save(w.commander(), "", "3", "6").exchange(), 200))
			.contains("vừa được người khác thay đổi");
		assertThat(stored(w)).isEqualTo("20/25");

		// the dates show where the work is: the commune's report, the list of months
		String month = YearMonth.now().minusMonths(1).toString();
		String due = LocalDate.now().withDayOfMonth(20).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(Pages.text(mvc.get().uri("/reviews/" + w.postCode() + "/" + month + "/submissions/" + w.commune(0))
			.with(users.as(w.official(0))).exchange(), 200)).contains("Hạn gửi báo cáo: " + due);
		// (the list shows this month, nothing being stored yet: due next month)
		java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
		YearMonth next = YearMonth.now().plusMonths(1);
		assertThat(Pages.text(mvc.get().uri("/reviews").with(users.as(w.commander())).exchange(), 200))
			.contains(next.atDay(20).format(day) + " / " + next.atDay(25).format(day));
		// and the reminders: March's report, due on 20/04/2015, is due soon on the 17th (not overdue since the 2nd)
		reminders.run(LocalDate.of(2015, 4, 17));
		assertThat(fixtures.notifications(w.official(0))).contains("REPORT_DUE_SOON commune:" + w.commune(0)
				+ " 2015-03@" + w.post()).noneMatch(n -> n.startsWith("REPORT_OVERDUE"));
	}

	@Test
	void theOthersReadTheirPostsDaysOrAreRefused() {
		World w = fixtures.world(1, LocalDate.of(2015, 1, 1), null);
		String cadre = Pages.text(mvc.get().uri("/settings/deadlines").with(users.as(w.cadreUser())).exchange(), 200);
		assertThat(cadre).contains("id=\"deadline-days\"").doesNotContain("id=\"deadline-form\"");
		assertThat(save(w.cadreUser(), "0", "3", "6")).hasStatus(403);
		assertThat(mvc.get().uri("/settings/deadlines").with(users.as(w.official(0)))).hasStatus(403);
		assertThat(mvc.get().uri("/settings/deadlines").with(users.as("tinh.quangtri"))).hasStatus(403);
		// another post's: not found
		assertThat(mvc.get().uri("/settings/deadlines?post=RAMAI").with(users.as(w.commander()))).hasStatus(404);
		// the administrator reads any post's, changes none
		assertThat(Pages.text(mvc.get().uri("/settings/deadlines?post=" + w.postCode()).with(users.as("admin"))
			.exchange(), 200)).contains(w.postName()).contains("id=\"deadline-days\"");
		assertThat(save("admin", "0", "3", "6")).hasStatus(403);
		assertThat(stored(w)).isNull();
	}

}
