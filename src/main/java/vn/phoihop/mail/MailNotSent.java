package vn.phoihop.mail;

/**
 * The SMTP server refused or could not be reached. Unchecked, so that it rolls back the caller's transaction: what
 * the message announced (a link, a confirmation) is not saved without the message.
 */
public class MailNotSent extends RuntimeException {

	MailNotSent(Throwable cause) {
		super("mail not sent: " + cause.getMessage(), cause);
	}

}
