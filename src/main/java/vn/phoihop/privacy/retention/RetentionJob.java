package vn.phoihop.privacy.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention purge, every night ({@code app.privacy.retention.cron}, 02:30 in the application's zone; "-" turns it
 * off), run by one instance only: the others find the lock taken and skip (vn.phoihop.shared.jobs). The lock is held
 * at least a minute, so an instance whose clock is a little late does not run it again.
 */
@Component
public class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final RetentionPurge purge;

	RetentionJob(RetentionPurge purge) {
		this.purge = purge;
	}

	@Scheduled(cron = "${app.privacy.retention.cron:0 30 2 * * *}", zone = "${app.time-zone:Asia/Ho_Chi_Minh}")
	@SchedulerLock(name = "retention-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void run() {
		RetentionPurge.Removed removed = purge.run();
		log.info("Retention purge: {}", removed);
	}

}
