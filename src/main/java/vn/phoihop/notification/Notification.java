package vn.phoihop.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A notification: its kind, the record it is about ({@code subject}, e.g. "task:7") and the occurrence
 * ({@code period}, e.g. a due date) — the four with the person make it once —, the record's page (a path of the
 * application) and the values of its message. {@code id} 0: not stored yet.
 */
public record Notification(long id, NotificationKind kind, String subject, String period, String link,
		List<String> args, Instant createdAt, boolean read) {

	public Notification {
		args = args.stream().map(a -> a == null ? "" : a).toList();
	}

	/** A new notification, to deliver. */
	static Notification of(NotificationKind kind, String subject, String period, String link, String... args) {
		return new Notification(0, kind, subject, period, link, Arrays.asList(args), null, false);
	}

}
