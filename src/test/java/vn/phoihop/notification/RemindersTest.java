package vn.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.notification.NotificationFixtures.World;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestMail;
import vn.phoihop.support.TestUsers;

/**
 * The day's reminders (issue 26 §2, §4): who is reminded of what on which day, once; by e-mail at once or in the
 * digest for those who chose it, in Vietnamese with a link that opens the record; a message the SMTP server refused
 * is sent by the next run, and never twice. Each test has a world of its own in 2015 (NotificationFixtures), which
 * neither the demo data nor other tests use; the run itself is national, as in production.
 */
@IntegrationTest
class RemindersTest {

	static final LocalDate MARCH_30 = LocalDate.of(2015, 3, 30);

	@Autowired
	Reminders reminders;

	@Autowired
	EmailDispatch dispatch;

	@Autowired
	NotificationFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	/**
	 * 30/03/2015, reports due on the 2nd and conclusions on the 5th of the next month (the defaults): February's
	 * reports are overdue, March's due in three days, February not concluded; a task due in two days, one overdue,
	 * one done; an agreement ending in 51 days.
	 */
	private World march(World w) {
		long february = fixtures.review(w, YearMonth.of(2015, 2), null);
		fixtures.report(february, w.commune(0), LocalDate.of(2015, 3, 1));
		fixtures.task(w, february, LocalDate.of(2015, 4, 1), "Kiểm tra cột mốc số 5");
		fixtures.task(w, february, LocalDate.of(2015, 3, 10), "Thăm hộ nghèo bản Ka Oóc");
		long done = fixtures.task(w, february, LocalDate.of(2015, 3, 12), "Việc đã xong");
		jdbc.update("update review_task set status = 'DONE', result_note = 'Xong' where id = ?", done);
		fixtures.task(w, february, LocalDate.of(2015, 5, 10), "Việc còn xa");
		fixtures.agreement(w, LocalDate.of(2015, 5, 20));
		return w;
	}

	@Test
	void eachPersonIsRemindedOfWhatIsDueOnceWhateverTheRuns() {
		World w = march(fixtures.world(2, LocalDate.of(2015, 1, 1), null));
		long a = w.commune(0);
		long b = w.commune(1);
		long agreement = jdbc.queryForObject("select id from agreement where post_id = ?", Long.class, w.post());
		List<Long> tasks = jdbc.queryForList("""
				select t.id from review_task t join monthly_review r on r.id = t.review_id where r.post_id = ?
				order by t.id""", Long.class, w.post());

		reminders.run(MARCH_30);
		// the commune that sent February's report is reminded of March only; the other of both, February overdue
		assertThat(fixtures.notifications(w.official(0))).containsExactly(
				"REPORT_DUE_SOON commune:" + a + " 2015-03@" + w.post(),
				"AGREEMENT_ENDING agreement:" + agreement + " 2015-05-20");
		assertThat(fixtures.notifications(w.official(1))).containsExactlyInAnyOrder(
				"REPORT_OVERDUE commune:" + b + " 2015-02@" + w.post(),
				"REPORT_DUE_SOON commune:" + b + " 2015-03@" + w.post());
		assertThat(fixtures.notifications(w.commander())).containsExactlyInAnyOrder(
				"CONCLUSION_OVERDUE post:" + w.post() + " 2015-02",
				"AGREEMENT_ENDING agreement:" + agreement + " 2015-05-20");
		assertThat(fixtures.notifications(w.cadreUser())).containsExactlyInAnyOrder(
				"TASK_DUE_SOON task:" + tasks.get(0) + " 2015-04-01",
				"TASK_OVERDUE task:" + tasks.get(1) + " 2015-03-10");

		// the same day again, and the next day: nothing new
		reminders.run(MARCH_30);
		reminders.run(MARCH_30.plusDays(1));
		assertThat(fixtures.notifications(w.official(1))).hasSize(2);
		assertThat(fixtures.notifications(w.cadreUser())).hasSize(2);

		// 02/04: March's report is due today for the commune that has not sent it; March is to be concluded soon
		long march = fixtures.review(w, YearMonth.of(2015, 3), null);
		fixtures.report(march, a, LocalDate.of(2015, 4, 1));
		reminders.run(LocalDate.of(2015, 4, 2));
		assertThat(fixtures.notifications(w.official(0))).hasSize(2);
		assertThat(fixtures.notifications(w.official(1)))
			.contains("REPORT_DUE_TODAY commune:" + b + " 2015-03@" + w.post()).hasSize(3);
		assertThat(fixtures.notifications(w.commander()))
			.contains("CONCLUSION_DUE_SOON post:" + w.post() + " 2015-03").hasSize(3);
		// 03/04: overdue; a concluded month is no longer asked for, nor its missing report
		jdbc.update("update monthly_review set status = 'CONCLUDED', edition = 1 where id = ?", march);
		reminders.run(LocalDate.of(2015, 4, 3));
		assertThat(fixtures.notifications(w.official(1))).hasSize(3);

		// the list reads them in Vietnamese
		String page = Pages.text(mvc.get().uri("/notifications").with(users.as(w.official(1))).exchange(), 200);
		assertThat(page).contains("Báo cáo tháng 02/2015 của " + w.communeNames().get(1) + " gửi " + w.postName()
				+ " đã quá hạn (hạn ngày 02/03/2015) mà chưa gửi.")
			.contains("Hôm nay (02/04/2015) là hạn gửi báo cáo tháng 03/2015");
	}

	@Test
	void mailGoesAtOnceOrInTheDigestInVietnameseWithALinkThatOpensTheRecordAndNeverTwice() throws Exception {
		World w = march(fixtures.world(2, LocalDate.of(2015, 1, 1), null));
		String official = w.official(1) + "@xa.example.vn";
		String commander = w.commander() + "@don.example.vn";
		fixtures.email(w.official(1), official, NotificationKind.REPORT_OVERDUE, Delivery.NOW);
		fixtures.email(w.commander(), commander, NotificationKind.CONCLUSION_OVERDUE, Delivery.DIGEST,
				NotificationKind.AGREEMENT_ENDING, Delivery.DIGEST);

		reminders.run(MARCH_30);
		dispatch.sendPending();
		List<MimeMessage> got = TestMail.to(official, 1);
		assertThat(got).hasSize(1);
		assertThat(got.get(0).getSubject()).isEqualTo("Phối hợp: Báo cáo tháng quá hạn");
		String text = TestMail.text(got.get(0));
		assertThat(text).startsWith("Kính gửi Cán bộ " + w.communeNames().get(1) + ",")
			.contains("Báo cáo tháng 02/2015 của " + w.communeNames().get(1) + " gửi " + w.postName()
					+ " đã quá hạn (hạn ngày 02/03/2015) mà chưa gửi.")
			.contains("/me/notifications");
		// the link opens the commune's report of February for its official
		String link = text.lines().filter(l -> l.startsWith("Xem tại: ")).findFirst().orElseThrow().substring(9);
		assertThat(link).endsWith("/reviews/" + w.postCode() + "/2015-02/submissions/" + w.commune(1));
		assertThat(Pages.text(mvc.get().uri(URI.create(link).getPath()).with(users.as(w.official(1))).exchange(), 200))
			.contains(w.communeNames().get(1)).contains("02/2015");
		// the report due soon was not chosen for mail: it is in the app only
		assertThat(fixtures.notifications(w.official(1))).hasSize(2);

		// the commander's digest holds both, in one message
		dispatch.sendDigests();
		List<MimeMessage> digest = TestMail.to(commander, 1);
		assertThat(digest).hasSize(1);
		assertThat(digest.get(0).getSubject()).startsWith("Phối hợp: 2 thông báo mới, ngày ");
		assertThat(TestMail.text(digest.get(0))).contains("Tháng 02/2015 của " + w.postName()
				+ " đã quá hạn kết luận (hạn ngày 05/03/2015)")
			.contains("Quy chế phối hợp 01-QC/" + w.postCode() + " \"Quy chế phối hợp thử\" hết hiệu lực ngày 20/05/2015")
			.contains("/agreements/");

		// runs again: nothing is sent twice
		reminders.run(MARCH_30);
		dispatch.sendPending();
		dispatch.sendDigests();
		Thread.sleep(300);
		assertThat(TestMail.to(official, 2)).hasSize(1);
		assertThat(TestMail.to(commander, 2)).hasSize(1);
	}

	@Test
	void aMessageTheServerRefusedIsSentByTheNextRunAndOnlyOnce() throws Exception {
		World w = march(fixtures.world(1, LocalDate.of(2015, 1, 1), null));
		fixtures.email(w.official(0), "không phải địa chỉ <@>", NotificationKind.REPORT_DUE_SOON, Delivery.NOW);
		reminders.run(MARCH_30);
		dispatch.sendPending();
		assertThat(jdbc.queryForObject("""
				select email_attempts || ' ' || (emailed_at is null) from notification n join app_user u on u.id = n.user_id
				where u.username = ? and n.kind = 'REPORT_DUE_SOON'""", String.class, w.official(0)))
			.isEqualTo("1 true");

		String address = w.official(0) + "@xa.example.vn";
		fixtures.email(w.official(0), address);
		dispatch.sendPending();
		dispatch.sendPending();
		reminders.run(MARCH_30);
		dispatch.sendPending();
		Thread.sleep(300);
		List<MimeMessage> got = TestMail.to(address, 2);
		assertThat(got).hasSize(1);
		assertThat(got.get(0).getSubject()).isEqualTo("Phối hợp: Báo cáo tháng sắp đến hạn");
	}

}
