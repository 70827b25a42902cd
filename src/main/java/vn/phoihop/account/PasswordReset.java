package vn.phoihop.account;

import java.time.Duration;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * A forgotten password: a link by mail to the account's confirmed address, valid {@link #VALID_FOR} and once.
 * Asking for one answers at once and alike whether or not the name or address exists, has an address, or is
 * disabled: the request only hands what was typed to Spring Boot's task executor, which looks the account up and
 * sends the mail after the answer has gone (no lookup, no statement, no mail in the request itself). At most one link
 * per account and minute ({@link #BETWEEN}), so the form cannot be used to flood a mailbox.
 */
@Service
class PasswordReset {

	static final Duration VALID_FOR = Duration.ofMinutes(30);

	static final Duration BETWEEN = Duration.ofMinutes(1);

	private static final Log log = LogFactory.getLog(PasswordReset.class);

	private final TaskExecutor tasks;

	private final TransactionTemplate tx;

	private final AppUserRepository users;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final AccountService accounts;

	private final AuditService audit;

	PasswordReset(@Qualifier("applicationTaskExecutor") TaskExecutor tasks, TransactionTemplate tx,
			AppUserRepository users, AccountTokens tokens, AccountMails mails, AccountService accounts,
			AuditService audit) {
		this.tasks = tasks;
		this.tx = tx;
		this.users = users;
		this.tokens = tokens;
		this.mails = mails;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** Asks for a link for a username or a confirmed address; returns before anything is looked up. */
	void request(String usernameOrEmail, String linkBase) {
		String typed = usernameOrEmail.strip();
		tasks.execute(() -> {
			try {
				tx.executeWithoutResult(status -> send(typed, linkBase));
			}
			catch (RuntimeException ex) {
				// the SMTP server refused or the database failed: nothing was saved (the user may ask again)
				log.warn("A password reset link was not sent: " + ex.getMessage());
			}
		});
	}

	private void send(String typed, String linkBase) {
		Optional<AppUser> found = typed.contains("@") ? users.findByEmail(typed) : users.findByUsername(typed);
		AppUser u = found.filter(AppUser::isEnabled).filter(x -> x.getEmail() != null).orElse(null);
		if (u == null || tokens.issuedWithin(u.getId(), AccountTokens.Purpose.PASSWORD_RESET, BETWEEN)) {
			return;
		}
		String token = tokens.issue(u.getId(), AccountTokens.Purpose.PASSWORD_RESET, null, VALID_FOR);
		audit.record("PASSWORD_RESET_LINK", u, null, null, null);
		mails.passwordReset(u, linkBase + "/password/reset?token=" + token, VALID_FOR.toMinutes());
	}

	/** Whether the link is valid now (the page asks for the new password only then); it is not used by looking. */
	@Transactional(readOnly = true)
	boolean valid(String token) {
		return tokens.peek(AccountTokens.Purpose.PASSWORD_RESET, token).isPresent();
	}

	/**
	 * Sets the new password through the link, which is then used up (with any other link of the account); every
	 * session of the account ends. A password that breaks a rule leaves the link unused.
	 */
	@Transactional
	void reset(String token, ResetForm form) {
		AccountTokens.Token t = tokens.use(AccountTokens.Purpose.PASSWORD_RESET, token)
			.orElseThrow(() -> new BusinessRuleException(null, "password.reset.invalid"));
		AppUser u = users.findById(t.userId())
			.filter(AppUser::isEnabled)
			.orElseThrow(() -> new BusinessRuleException(null, "password.reset.invalid"));
		accounts.setPasswordByLink(u, form.getPassword(), form.getConfirmation());
		tokens.dropAll(u.getId(), AccountTokens.Purpose.PASSWORD_RESET);
	}

}
