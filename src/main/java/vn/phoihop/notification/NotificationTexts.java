package vn.phoihop.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notification's words in a language: its kind's name, and its message with the values stored with it. */
@Component
class NotificationTexts {

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(Notification n, Locale locale) {
		return messages.getMessage(n.kind().textKey(), n.args().toArray(), locale);
	}

	String label(NotificationKind kind, Locale locale) {
		return messages.getMessage(kind.labelKey(), null, locale);
	}

	String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
