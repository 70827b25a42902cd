package vn.phoihop.mail;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.db.RunMode;

/**
 * The mail module's API: one plain-text message to one address.
 * <ul>
 * <li>Production with an SMTP server ({@code spring.mail.host}, docs/deployment.md): sent through Spring's
 * {@link JavaMailSender}; not kept.</li>
 * <li>Evaluation mode (the embedded database): kept in {@code mail_outbox} and shown to the administrator at
 * {@code /admin/mail}, so that a link sent by mail works in the zero-configuration run; also sent when an SMTP server
 * is configured all the same (the tests do, with GreenMail).</li>
 * <li>Production without an SMTP server: kept as in evaluation mode (a warning is logged once).</li>
 * </ul>
 * The message is kept in the caller's transaction, and sent at once: call it last, after what the message announces
 * is written. An SMTP failure throws {@link MailNotSent}, which rolls the caller's transaction back. Texts are never
 * logged (they may hold single-use links).
 */
@Service
public class Mail {

	private static final Log log = LogFactory.getLog(Mail.class);

	private final ObjectProvider<JavaMailSender> smtp;

	private final MailOutbox outbox;

	private final boolean evaluation;

	private final String from;

	private volatile boolean warned;

	Mail(ObjectProvider<JavaMailSender> smtp, MailOutbox outbox, Environment environment,
			@Value("${app.mail.from}") String from) {
		this.smtp = smtp;
		this.outbox = outbox;
		this.evaluation = RunMode.of(environment) == RunMode.EVALUATION;
		this.from = from;
	}

	/**
	 * Sends (or keeps) one message.
	 * @param to one address, as the user gave it
	 * @param subject one line
	 * @param text the body, plain text (UTF-8)
	 * @throws MailNotSent when the SMTP server refused it or could not be reached
	 */
	@Transactional
	public void send(String to, String subject, String text) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (evaluation || sender == null) {
			outbox.keep(to, subject, text, sender != null);
			if (sender == null && !evaluation && !warned) {
				warned = true;
				log.warn("No SMTP server is configured (spring.mail.host): mail is kept for the administrator at "
						+ "/admin/mail instead of being sent.");
			}
		}
		if (sender == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("Mail \"" + subject + "\" not sent: " + ex.getMessage());
			throw new MailNotSent(ex);
		}
	}

	/** Whether messages leave this system (an SMTP server is configured), rather than only being kept. */
	public boolean delivers() {
		return smtp.getIfAvailable() != null;
	}

}
