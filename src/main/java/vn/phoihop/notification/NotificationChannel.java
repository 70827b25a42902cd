package vn.phoihop.notification;

import java.util.List;

/**
 * A way to tell a person of their notifications. Two exist: {@link InAppChannel} (the notification stored, shown by
 * the bell and the list; every notification goes there, and storing it once is what makes it once) and
 * {@link EmailChannel} (a message over Spring's mail support, at once or as the day's digest, for those who chose it
 * and have a confirmed address). SMS or Zalo would be a third implementation: how it reaches a person (a phone
 * number), a {@link Delivery} value to choose it, and its dispatch as {@link EmailDispatch} does for e-mail
 * (docs/architecture.md, "Notifications").
 */
public interface NotificationChannel {

	/** The channel's name, in logs. */
	String name();

	/** Whether the person can be reached on this channel (an e-mail channel needs a confirmed address). */
	boolean reaches(Recipient recipient);

	/**
	 * Tells the person of these notifications (one, or a digest of several) in their language. Throws when the
	 * channel failed: the caller leaves them to the next run.
	 */
	void deliver(Recipient recipient, List<Notification> notifications);

}
