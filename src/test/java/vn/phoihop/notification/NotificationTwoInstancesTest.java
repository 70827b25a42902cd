package vn.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.notification.NotificationFixtures.World;
import vn.phoihop.support.AppInstance;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestMail;

/**
 * Several instances on one database (issue 26 §4): the test's application and a second instance on the same database
 * (and the same SMTP server) run the day's reminders at the same moment. Without the job's lock the database alone
 * stores each reminder once; with it (the scheduled job, ShedLock) one instance runs and the other skips; every
 * reminder is mailed exactly once.
 */
@IntegrationTest
class NotificationTwoInstancesTest {

	@Autowired
	Environment environment;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reminders reminders;

	@Autowired
	NotificationJobs jobs;

	@Autowired
	NotificationFixtures fixtures;

	@Test
	void remindersRunOnTwoInstancesAtTheSameMomentAreStoredAndMailedOnce() throws Exception {
		// a world covered for a year whose communes have sent nothing: last month's reports are due or overdue today,
		// whatever today is, and its commander's conclusion of last month too
		LocalDate today = LocalDate.now();
		World w = fixtures.world(2, today.minusYears(1).withDayOfMonth(1), null);
		List<String> people = List.of(w.official(0), w.official(1), w.commander());
		for (String person : people) {
			fixtures.email(person, person + "@hai-may.example.vn", NotificationKind.REPORT_DUE_SOON, Delivery.NOW,
					NotificationKind.REPORT_DUE_TODAY, Delivery.NOW, NotificationKind.REPORT_OVERDUE, Delivery.NOW,
					NotificationKind.CONCLUSION_DUE_SOON, Delivery.NOW, NotificationKind.CONCLUSION_OVERDUE,
					Delivery.NOW);
		}
		ConfigurableApplicationContext second = AppInstance.besides(environment, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + TestMail.server().getSmtp().getPort(), "--app.base-url=http://localhost");
		try {
			// the runs themselves, without the lock, at the same moment: each reminder is stored once
			Reminders other = second.getBean(Reminders.class);
			together(() -> reminders.run(today), () -> other.run(today));
			for (String person : people) {
				assertThat(fixtures.notifications(person)).as(person).isNotEmpty().doesNotHaveDuplicates();
			}
			assertThat(jdbc.queryForObject("""
					select count(*) from notification n join app_user u on u.id = n.user_id
					where u.username in (?, ?) and n.subject like 'commune:%'""", Integer.class, w.official(0),
					w.official(1))).isGreaterThanOrEqualTo(2);

			// the scheduled job on both at the same moment: the lock lets one run it, which mails what waits
			releaseLock();
			NotificationJobs otherJobs = second.getBean(NotificationJobs.class);
			together(jobs::reminders, otherJobs::reminders);
			assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'notification-reminders'",
					Integer.class)).isEqualTo(1);
			// and again on both, the lock free again (as the next day): nothing is mailed twice
			releaseLock();
			together(jobs::reminders, otherJobs::reminders);
			for (String person : people) {
				int stored = fixtures.notifications(person).size();
				List<MimeMessage> got = TestMail.to(person + "@hai-may.example.vn", stored);
				Thread.sleep(500);
				got = TestMail.to(person + "@hai-may.example.vn", stored);
				assertThat(got).as(person).hasSize(stored);
				assertThat(got.stream().map(TestMail::text).toList()).as(person).doesNotHaveDuplicates();
				assertThat(jdbc.queryForObject("""
						select count(*) from notification n join app_user u on u.id = n.user_id
						where u.username = ? and n.emailed_at is null""", Integer.class, person)).isZero();
			}
		}
		finally {
			second.close();
		}
	}

	/** As if the last run's lock had expired (a previous run of this test, or the run just before). */
	private void releaseLock() {
		jdbc.update("update shedlock set lock_until = now() - interval '1 second' where name = 'notification-reminders'");
	}

	/** Starts both at the same moment and waits for both. */
	private static void together(Runnable first, Runnable second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (Runnable run : List.of(first, second)) {
				runs.add(pool.submit(() -> {
					start.await();
					run.run();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
