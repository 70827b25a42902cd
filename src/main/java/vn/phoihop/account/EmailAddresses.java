package vn.phoihop.account;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;

/**
 * A user's own e-mail address: given on /me with the current password, confirmed by a link sent to it (valid
 * {@link #CONFIRM_FOR}, single-use, AccountTokens), only then stored on the account and used for password resets.
 * An address is one account's only.
 */
@Service
@Transactional
class EmailAddresses {

	static final Duration CONFIRM_FOR = Duration.ofHours(24);

	private final AppUserRepository users;

	private final AccountService accounts;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final AuditService audit;

	EmailAddresses(AppUserRepository users, AccountService accounts, AccountTokens tokens, AccountMails mails,
			AuditService audit) {
		this.users = users;
		this.accounts = accounts;
		this.tokens = tokens;
		this.mails = mails;
		this.audit = audit;
	}

	/** Sends the confirmation link to the address given (the mail last: a mail that cannot go saves nothing). */
	void requestConfirmation(CurrentUser me, EmailForm form, String linkBase) {
		AppUser u = users.findById(me.id()).orElseThrow(NotFoundException::new);
		u.checkVersion(form.getVersion());
		accounts.requireCurrentPassword(u, form.getCurrentPassword());
		String address = form.getEmail().strip();
		if (address.equalsIgnoreCase(u.getEmail())) {
			throw new BusinessRuleException("email", "account.email.same");
		}
		String token = tokens.issue(u.getId(), AccountTokens.Purpose.EMAIL_CONFIRM, address, CONFIRM_FOR);
		mails.confirmAddress(u, address, linkBase + "/me/email/confirm?token=" + token, CONFIRM_FOR.toHours());
	}

	/** The address waiting for its confirmation, if any. */
	@Transactional(readOnly = true)
	Optional<String> pending(long userId) {
		return tokens.pending(userId, AccountTokens.Purpose.EMAIL_CONFIRM).map(AccountTokens.Token::email);
	}

	/** Whether the link is valid and the signed-in user's (without using it). */
	@Transactional(readOnly = true)
	Optional<String> confirmable(CurrentUser me, String token) {
		return tokens.peek(AccountTokens.Purpose.EMAIL_CONFIRM, token)
			.filter(t -> t.userId() == me.id())
			.map(AccountTokens.Token::email);
	}

	/** Uses the link: the address becomes the account's. */
	void confirm(CurrentUser me, String token) {
		AccountTokens.Token t = tokens.use(AccountTokens.Purpose.EMAIL_CONFIRM, token)
			.filter(found -> found.userId() == me.id())
			.orElseThrow(() -> new BusinessRuleException(null, "account.email.link.invalid"));
		users.findByEmail(t.email())
			.filter(other -> !other.getId().equals(me.id()))
			.ifPresent(other -> {
				throw new BusinessRuleException(null, "account.email.taken");
			});
		AppUser u = users.findById(me.id()).orElseThrow(NotFoundException::new);
		Map<String, Object> before = u.auditSnapshot();
		u.confirmEmail(t.email());
		try {
			users.saveAndFlush(u);
		}
		catch (DataIntegrityViolationException ex) {
			// another account confirmed the same address at the same moment (app_user_email_idx)
			throw new BusinessRuleException(null, "account.email.taken");
		}
		tokens.dropAll(u.getId(), AccountTokens.Purpose.EMAIL_CONFIRM);
		audit.record("EMAIL_CONFIRM", u, before);
	}

	/** Removes the address (no more password resets by mail), after the current password. */
	void remove(CurrentUser me, EmailForm form) {
		AppUser u = users.findById(me.id()).orElseThrow(NotFoundException::new);
		u.checkVersion(form.getVersion());
		accounts.requireCurrentPassword(u, form.getCurrentPassword());
		Map<String, Object> before = u.auditSnapshot();
		u.removeEmail();
		tokens.dropAll(u.getId(), AccountTokens.Purpose.EMAIL_CONFIRM);
		audit.record("EMAIL_REMOVE", u, before);
	}

}
