package vn.phoihop.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people of an event as it happens (the listeners of the review's and the register's events): the
 * notification is stored in the app in the caller's transaction — it exists exactly when what it announces was
 * saved — and, once that transaction has committed, what is to be mailed at once is sent on Spring Boot's task
 * executor, so that the commander's or the official's page does not wait for the SMTP server. What could not be sent
 * then is sent by the next mail run ({@link NotificationJobs}).
 */
@Service
class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final InAppChannel inApp;

	private final EmailDispatch dispatch;

	private final TaskExecutor executor;

	Notifications(InAppChannel inApp, EmailDispatch dispatch,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.inApp = inApp;
		this.dispatch = dispatch;
		this.executor = executor;
	}

	/** Tells each person the notification (once: a person told already is not told again). */
	@Transactional
	void tell(List<Recipient> people, Notification notification) {
		int stored = 0;
		for (Recipient r : people.stream().distinct().toList()) {
			stored += inApp.store(r.userId(), List.of(notification));
		}
		if (stored > 0) {
			mailAfterCommit();
		}
	}

	private void mailAfterCommit() {
		Runnable send = () -> {
			try {
				dispatch.sendPending();
			}
			catch (RuntimeException ex) {
				log.warn("Mail of notifications left for the next run: {}", ex.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					executor.execute(send);
				}
			});
		}
		else {
			executor.execute(send);
		}
	}

}
