package vn.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.phoihop.notification.NotificationFixtures.World;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestMail;
import vn.phoihop.support.TestUsers;

/**
 * What happens is told as it happens (issue 26 §2): a report returned (to the commune, with the reason; by e-mail at
 * once for who chose it), sent again (to the commander), a month concluded (to the communes and the cadres who got a
 * task), an urgent situation item (to the commander at once); each once. Then the list, the bell, opening one, mark
 * read, and another person's notification out of reach.
 */
@IntegrationTest
class NotificationEventsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	NotificationFixtures fixtures;

	private MockMvcRequestBuilder post(String user, String path, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri(path).with(users.as(user)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	private String version(String sql, Object... args) {
		return String.valueOf(jdbc.queryForObject(sql, Integer.class, args));
	}

	@Test
	void theReviewsDecisionsAreToldToWhomTheyConcernOnce() throws Exception {
		World w = fixtures.world(1, LocalDate.of(2015, 1, 1), null);
		String base = "/reviews/" + w.postCode() + "/2015-05";
		String sub = base + "/submissions/" + w.commune(0);
		String address = w.official(0) + "@xa.example.vn";
		fixtures.email(w.official(0), address, NotificationKind.REPORT_RETURNED, Delivery.NOW);

		assertThat(post(w.official(0), sub, "version", "0", "narrative", "Tháng 5 ổn định", "action", "submit"))
			.hasStatus3xxRedirection();
		long submission = jdbc.queryForObject("select id from commune_submission where commune_id = ?", Long.class,
				w.commune(0));
		String reason = "Bổ sung số liệu tuần tra tháng 5";
		assertThat(post(w.commander(), sub + "/return", "version",
				version("select version from commune_submission where id = ?", submission), "comment", reason))
			.hasStatus3xxRedirection();
		assertThat(fixtures.notifications(w.official(0))).singleElement().asString()
			.startsWith("REPORT_RETURNED submission:" + submission + " v");
		// by e-mail at once, in Vietnamese, with the reason and a link to the report
		List<MimeMessage> mail = TestMail.to(address, 1);
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).getSubject()).isEqualTo("Phối hợp: Báo cáo bị trả lại");
		String text = TestMail.text(mail.get(0));
		assertThat(text).contains(w.postName() + " trả lại báo cáo tháng 05/2015 của " + w.communeNames().get(0)
				+ ". Lý do: " + reason);
		String link = text.lines().filter(l -> l.startsWith("Xem tại: ")).findFirst().orElseThrow().substring(9);
		assertThat(Pages.text(mvc.get().uri(URI.create(link).getPath()).with(users.as(w.official(0))).exchange(), 200))
			.contains(reason);

		assertThat(post(w.official(0), sub, "version",
				version("select version from commune_submission where id = ?", submission), "narrative",
				"Tháng 5 ổn định; đã bổ sung số liệu", "action", "submit")).hasStatus3xxRedirection();
		assertThat(fixtures.notifications(w.commander())).singleElement().asString()
			.startsWith("REPORT_SENT_AGAIN submission:" + submission + " v");

		// conclusions, a task for the post's cadre, the conclusion
		long review = jdbc.queryForObject("select id from monthly_review where post_id = ?", Long.class, w.post());
		assertThat(post(w.commander(), base + "/conclusions", "version",
				version("select version from monthly_review where id = ?", review), "texts[BORDER_SOVEREIGNTY]",
				"Duy trì tuần tra đường biên")).hasStatus3xxRedirection();
		assertThat(post(w.commander(), base + "/tasks", "version", "0", "cadreId", String.valueOf(w.cadre()),
				"dueDate", "2015-06-30", "description", "Kiểm tra cột mốc tháng 6")).hasStatus3xxRedirection();
		assertThat(post(w.commander(), base + "/conclude", "version",
				version("select version from monthly_review where id = ?", review), "concludedOn", "2015-06-03"))
			.hasStatus3xxRedirection();
		assertThat(fixtures.notifications(w.official(0))).hasSize(2).last().asString()
			.isEqualTo("MONTH_CONCLUDED review:" + review + " edition:1");
		assertThat(fixtures.notifications(w.cadreUser()))
			.containsExactly("MONTH_CONCLUDED review:" + review + " edition:1");
		assertThat(fixtures.notifications(w.commander())).hasSize(1);
		String page = Pages.text(mvc.get().uri("/notifications").with(users.as(w.cadreUser())).exchange(), 200);
		assertThat(page).contains(w.postName() + " đã kết luận tháng 05/2015 (Số ").contains("ngày 03/06/2015).");
		// only the return was chosen for mail
		Thread.sleep(300);
		assertThat(TestMail.to(address, 2)).hasSize(1);
	}

	long log(String user, long commune, String severity, String summary) {
		assertThat(post(user, "/situation", "communeId", String.valueOf(commune), "occurredOn", "05/12/2026",
				"categoryId", String.valueOf(jdbc.queryForObject(
						"select id from situation_category where code = 'SMUGGLING'", Long.class)),
				"source", "MILITIA", "severity", severity, "summary", summary, "restricted", "true"))
			.hasStatus3xxRedirection();
		return jdbc.queryForObject("select id from situation_item where summary = ?", Long.class, summary);
	}

	@Test
	void anUrgentItemIsToldToTheCommanderCoveringItsCommuneAtOnceAndOnceWithoutItsContent() {
		World w = fixtures.world(1, LocalDate.of(2015, 1, 1), null);
		log(w.official(0), w.commune(0), "SERIOUS", "Tin nghiêm trọng " + w.postCode());
		assertThat(fixtures.notifications(w.commander())).isEmpty();
		String summary = "Vận chuyển hàng cấm qua đường mòn " + w.postCode();
		long item = log(w.official(0), w.commune(0), "URGENT", summary);
		assertThat(fixtures.notifications(w.commander())).containsExactly("SITUATION_URGENT situation:" + item + " ");
		assertThat(fixtures.notifications("chihuy.ramai")).noneMatch(n -> n.contains("situation:" + item));
		// changed again: still once
		jdbc.update("update situation_item set summary = summary where id = ?", item);
		assertThat(post(w.official(0), "/situation/" + item, "id", String.valueOf(item), "version",
				version("select version from situation_item where id = ?", item), "communeId",
				String.valueOf(w.commune(0)), "occurredOn", "05/12/2026", "categoryId",
				String.valueOf(jdbc.queryForObject("select id from situation_category where code = 'SMUGGLING'",
						Long.class)),
				"source", "MILITIA", "severity", "URGENT", "summary", summary + " (bổ sung)", "restricted", "true"))
			.hasStatus3xxRedirection();
		assertThat(fixtures.notifications(w.commander())).hasSize(1);
		String page = Pages.text(mvc.get().uri("/notifications").with(users.as(w.commander())).exchange(), 200);
		assertThat(page).contains("Có tin, vụ việc mức khẩn cấp tại " + w.communeNames().get(0)
				+ " ngày 05/12/2026: cần chỉ đạo xử lý ngay.").doesNotContain("Vận chuyển hàng cấm");
	}

	@Test
	void aPersonReadsOpensAndMarksOnlyTheirOwnNotifications() {
		World w = fixtures.world(1, LocalDate.of(2015, 1, 1), null);
		String official = w.official(0);
		long first = store(official, "REPORT_RETURNED", "submission:1", "v1", "/reviews/" + w.postCode() + "/2015-05",
				"05/2015", w.communeNames().get(0), w.postName(), "Bổ sung");
		long second = store(official, "MONTH_CONCLUDED", "review:1", "edition:1", "/reviews/" + w.postCode() + "/2015-05",
				"05/2015", w.postName(), "5-KL/ĐU", "03/06/2015");
		String bell = Pages.text(mvc.get().uri("/notifications/bell").with(users.as(official)).exchange(), 200);
		assertThat(bell).contains("aria-label=\"Thông báo: 2 chưa đọc\"").contains("id=\"nav-bell-count\">2<")
			.doesNotContain("hx-get");
		assertThat(Pages.text(mvc.get().uri("/notifications?unread=true").with(users.as(official)).exchange(), 200))
			.contains("Có 2 thông báo chưa đọc.").contains("trả lại báo cáo tháng 05/2015");

		// someone else's: not found, and left unread
		assertThat(mvc.get().uri("/notifications/" + first).with(users.as(w.commander()))).hasStatus(404);
		assertThat(post("xa.danhoa", "/notifications/" + first + "/read")).hasStatus(404);
		assertThat(jdbc.queryForObject("select read_at is null from notification where id = ?", Boolean.class, first))
			.isTrue();

		// opening one goes to its record and reads it
		assertThat(mvc.get().uri("/notifications/" + first).with(users.as(official)))
			.hasRedirectedUrl("/reviews/" + w.postCode() + "/2015-05");
		assertThat(jdbc.queryForObject("select read_at is not null from notification where id = ?", Boolean.class,
				first)).isTrue();
		assertThat(post(official, "/notifications/" + second + "/read")).hasRedirectedUrl("/notifications");
		store(official, "REPORT_OVERDUE", "commune:1", "2015-05@1", "/reviews", "05/2015", "A", "B", "02/06/2015");
		assertThat(post(official, "/notifications/read", "unread", "true"))
			.hasRedirectedUrl("/notifications?unread=true");
		assertThat(Pages.text(mvc.get().uri("/notifications/bell").with(users.as(official)).exchange(), 200))
			.contains("aria-label=\"Thông báo: không có thông báo chưa đọc\"").doesNotContain("nav-bell-count");
		// a link that is not a path of the application is not followed
		long odd = store(official, "REPORT_OVERDUE", "commune:2", "x", "https://example.com/", "05/2015", "A", "B",
				"02/06/2015");
		assertThat(mvc.get().uri("/notifications/" + odd).with(users.as(official))).hasRedirectedUrl("/notifications");
	}

	@Test
	void eMailIsChosenPerKindOnlyWithAConfirmedAddress() {
		World w = fixtures.world(1, LocalDate.of(2015, 1, 1), null);
		String official = w.official(0);
		String page = Pages.text(mvc.get().uri("/me/notifications").with(users.as(official)).exchange(), 200);
		assertThat(page).contains("Báo cáo tháng sắp đến hạn").contains("Báo cáo bị trả lại")
			.doesNotContain("Tin, vụ việc mức khẩn cấp").contains("chỉ nhận thông báo trong ứng dụng");
		assertThat(post(official, "/me/notifications", "choices[REPORT_RETURNED]", "NOW")).hasStatusOk().bodyText()
			.contains("Tài khoản chưa có địa chỉ thư điện tử đã xác nhận");
		assertThat(jdbc.queryForObject("select count(*) from notification_preference where user_id = ?",
				Integer.class, fixtures.userId(official))).isZero();

		fixtures.email(official, official + "@xa.example.vn");
		assertThat(post(official, "/me/notifications", "choices[REPORT_RETURNED]", "NOW", "choices[REPORT_OVERDUE]",
				"DIGEST", "choices[SITUATION_URGENT]", "NOW")).hasRedirectedUrl("/me/notifications");
		assertThat(jdbc.queryForList("""
				select kind || '=' || delivery from notification_preference where user_id = ? order by kind""",
				String.class, fixtures.userId(official)))
			.containsExactly("REPORT_OVERDUE=DIGEST", "REPORT_RETURNED=NOW");
		// the radio's attributes as the browser reads them (the template writes them over two lines)
		assertThat(Pages.text(mvc.get().uri("/me/notifications").with(users.as(official)).exchange(), 200)
			.replaceAll("\\s+", " ")).contains("id=\"pref-REPORT_RETURNED-NOW\" value=\"NOW\" checked=\"checked\"");
	}

	private long store(String username, String kind, String subject, String period, String link, String... args) {
		return jdbc.queryForObject("""
				insert into notification (user_id, kind, subject, period, link, args)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, fixtures.userId(username), kind, subject, period,
				link, args);
	}

}
