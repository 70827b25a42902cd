package vn.phoihop.notification;

import java.util.Locale;

import vn.phoihop.shared.web.WebConfig;

/** Whom a channel reaches: the account, its confirmed e-mail address (or null) and its language. */
public record Recipient(long userId, String username, String fullName, String email, String language) {

	/** The language the person reads: English when they chose it, Vietnamese otherwise. */
	public Locale locale() {
		return "en".equals(language) ? Locale.ENGLISH : WebConfig.VIETNAMESE;
	}

}
