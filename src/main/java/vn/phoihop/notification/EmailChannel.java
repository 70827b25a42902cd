package vn.phoihop.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.phoihop.mail.Mail;
import vn.phoihop.shared.web.DateText;

/**
 * Notifications by e-mail, through the mail module ({@link Mail}: SMTP of {@code spring.mail.*}, or kept for
 * /admin/mail in evaluation mode): one message for one notification, or the day's digest of several, in the
 * person's language, each with the full link to its record. Links start with {@code app.base-url} (APP_BASE_URL,
 * required in production with an SMTP server), else this server's own address.
 */
@Component
class EmailChannel implements NotificationChannel {

	private final Mail mail;

	private final NotificationTexts texts;

	private final String base;

	EmailChannel(Mail mail, NotificationTexts texts, @Value("${app.base-url:}") String baseUrl,
			@Value("${server.port:8080}") int port) {
		this.mail = mail;
		this.texts = texts;
		this.base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:" + port
				: baseUrl.strip().replaceAll("/+$", "");
	}

	@Override
	public String name() {
		return "e-mail";
	}

	@Override
	public boolean reaches(Recipient recipient) {
		return recipient.email() != null && !recipient.email().isBlank();
	}

	@Override
	public void deliver(Recipient to, List<Notification> notifications) {
		if (!reaches(to) || notifications.isEmpty()) {
			return;
		}
		Locale locale = to.locale();
		String settings = base + "/me/notifications";
		if (notifications.size() == 1) {
			Notification n = notifications.get(0);
			mail.send(to.email(), texts.message("notification.mail.subject", locale, texts.label(n.kind(), locale)),
					texts.message("notification.mail.body", locale, to.fullName(), texts.text(n, locale), url(n),
							settings));
			return;
		}
		StringBuilder lines = new StringBuilder();
		for (Notification n : notifications) {
			lines.append("- ").append(texts.text(n, locale)).append("\n  ").append(url(n)).append("\n\n");
		}
		mail.send(to.email(),
				texts.message("notification.digest.subject", locale, String.valueOf(notifications.size()),
						DateText.DAY.format(LocalDate.now())),
				texts.message("notification.digest.body", locale, to.fullName(), lines.toString().strip(), settings));
	}

	/** The record's page, as a full address. */
	String url(Notification n) {
		return base + n.link();
	}

}
