package vn.phoihop.notification;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The notifications' scheduled runs, each run by one instance only (ShedLock's lock in the {@code shedlock} table,
 * vn.phoihop.shared.jobs; the others skip that run), at the times of {@code app.notifications.*-cron} in the
 * application's zone ("-" turns one off; the integration tests do, and call the methods):
 * <ul>
 * <li>the reminders of the day (07:00), then what they mail at once;</li>
 * <li>the daily digest (07:30, after the reminders, so that it holds them);</li>
 * <li>what waits to be mailed at once (every 10 minutes): what the page's own attempt could not send.</li>
 * </ul>
 * A run that fails is logged; what it had not done is done by the next run, and what it had done is not done again
 * (each notification is stored once, and mailed once: {@link InAppChannel}, {@link EmailDispatch}).
 */
@Component
public class NotificationJobs {

	private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

	private final Reminders reminders;

	private final EmailDispatch dispatch;

	NotificationJobs(Reminders reminders, EmailDispatch dispatch) {
		this.reminders = reminders;
		this.dispatch = dispatch;
	}

	@Scheduled(cron = "${app.notifications.reminders-cron:0 0 7 * * *}", zone = "${app.time-zone:Asia/Ho_Chi_Minh}")
	@SchedulerLock(name = "notification-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void reminders() {
		try {
			Reminders.Run run = reminders.run(LocalDate.now());
			int mailed = dispatch.sendPending();
			log.info("Reminders of {}: {} stored ({}), {} mailed at once", LocalDate.now(), run.total(), run, mailed);
		}
		catch (RuntimeException ex) {
			log.error("Reminder run failed; the next run sends what it did not", ex);
		}
	}

	@Scheduled(cron = "${app.notifications.digest-cron:0 30 7 * * *}", zone = "${app.time-zone:Asia/Ho_Chi_Minh}")
	@SchedulerLock(name = "notification-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void digest() {
		try {
			log.info("Notification digests: {} mailed", dispatch.sendDigests());
		}
		catch (RuntimeException ex) {
			log.error("Digest run failed; the next run sends what it did not", ex);
		}
	}

	@Scheduled(cron = "${app.notifications.mail-cron:0 */10 * * * *}", zone = "${app.time-zone:Asia/Ho_Chi_Minh}")
	@SchedulerLock(name = "notification-mail", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	public void mail() {
		try {
			int mailed = dispatch.sendPending();
			if (mailed > 0) {
				log.info("Notifications mailed: {}", mailed);
			}
		}
		catch (RuntimeException ex) {
			log.error("Mail run failed; the next run sends what it did not", ex);
		}
	}

}
