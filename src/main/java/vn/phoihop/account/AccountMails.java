package vn.phoihop.account;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.mail.Mail;
import vn.phoihop.shared.web.WebConfig;

/** The account's mail, in the user's language (Vietnamese unless they chose English): texts in messages/account. */
@Component
class AccountMails {

	private final MessageSource messages;

	private final Mail mail;

	AccountMails(MessageSource messages, Mail mail) {
		this.messages = messages;
		this.mail = mail;
	}

	void passwordReset(AppUser user, String link, long minutes) {
		Locale locale = locale(user);
		mail.send(user.getEmail(), messages.getMessage("mail.reset.subject", null, locale),
				messages.getMessage("mail.reset.body",
						new Object[] { user.getFullName(), user.getUsername(), link, String.valueOf(minutes) }, locale));
	}

	void confirmAddress(AppUser user, String address, String link, long hours) {
		Locale locale = locale(user);
		mail.send(address, messages.getMessage("mail.confirm.subject", null, locale),
				messages.getMessage("mail.confirm.body",
						new Object[] { user.getFullName(), user.getUsername(), link, String.valueOf(hours) }, locale));
	}

	private static Locale locale(AppUser user) {
		return "en".equals(user.getLocale()) ? Locale.ENGLISH : WebConfig.VIETNAMESE;
	}

}
