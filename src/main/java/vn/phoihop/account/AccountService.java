package vn.phoihop.account;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.LocalePreference;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.TerritoryService;

/** Users and their roles; the account module's API. */
@Service
@Transactional
public class AccountService implements LocalePreference {

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final TerritoryService territory;

	private final AuditService audit;

	private final UserSessions sessions;

	private final LoginThrottle throttle;

	AccountService(AppUserRepository users, PasswordEncoder encoder, TerritoryService territory, AuditService audit,
			UserSessions sessions, LoginThrottle throttle) {
		this.users = users;
		this.encoder = encoder;
		this.territory = territory;
		this.audit = audit;
		this.sessions = sessions;
		this.throttle = throttle;
	}

	@Transactional(readOnly = true)
	public boolean anyUser() {
		return users.count() > 0;
	}

	@Transactional(readOnly = true)
	public Optional<AppUser> byUsername(String username) {
		return users.findByUsername(username);
	}

	@Transactional(readOnly = true)
	public Optional<AppUser> byId(Long id) {
		return users.findById(id);
	}

	/** Creates a user directly (first admin, demo accounts); audited like any other creation. */
	public AppUser create(String username, String rawPassword, String fullName, Role role, Long postId, Long communeId,
			Long provinceId) {
		AppUser u = users.save(new AppUser(username, encoder.encode(rawPassword), fullName, role)
			.assign(role, postId, communeId, provinceId));
		audit.record(AuditService.CREATE, u, null);
		return u;
	}

	@Transactional(readOnly = true)
	Page<AppUser> search(String q, Role role, int page) {
		return users.search(q, role, PageRequest.of(Paging.index(page), Paging.SIZE, Sort.by("username")));
	}

	AppUser save(UserForm form) {
		checkScope(form);
		users.findByUsername(form.getUsername())
			.filter(other -> !other.getId().equals(form.getId()))
			.ifPresent(other -> {
				throw new BusinessRuleException("username", "account.username.taken");
			});
		if (form.isNew()) {
			PasswordRules.check("password", form.getPassword(), form.getUsername());
			AppUser created = create(form.getUsername(), form.getPassword(), form.getFullName(), form.getRole(),
					form.getPostId(), form.getCommuneId(), form.getProvinceId());
			if (form.getPartyFunction() != null) {
				givePartyFunction(created, form.getPartyFunction());
			}
			return created;
		}
		AppUser u = users.findById(form.getId()).orElseThrow(NotFoundException::new);
		u.checkVersion(form.getVersion());
		Map<String, Object> before = u.auditSnapshot();
		u.rename(form.getFullName());
		u.assign(form.getRole(), form.getPostId(), form.getCommuneId(), form.getProvinceId());
		u.holdPartyFunction(form.getPartyFunction());
		audit.record(AuditService.UPDATE, u, before);
		return u;
	}

	/** Gives a post's user a function in the post's Party committee (null: none); audited on the account. */
	public void givePartyFunction(String username, PartyFunction function) {
		givePartyFunction(users.findByUsername(username).orElseThrow(NotFoundException::new), function);
	}

	private void givePartyFunction(AppUser u, PartyFunction function) {
		Map<String, Object> before = u.auditSnapshot();
		u.holdPartyFunction(function);
		audit.record(AuditService.UPDATE, u, before);
	}

	private void checkScope(UserForm form) {
		Role role = form.getRole();
		if (form.getPartyFunction() != null && !role.needsPost()) {
			throw new BusinessRuleException("partyFunction", "account.partyFunction.noPost");
		}
		if (role.needsPost() && territory.post(form.getPostId()).isEmpty()) {
			throw new BusinessRuleException("postId", "account.scope.post");
		}
		if (role.needsCommune() && territory.commune(form.getCommuneId()).isEmpty()) {
			throw new BusinessRuleException("communeId", "account.scope.commune");
		}
		if (role.needsProvince() && territory.province(form.getProvinceId()).isEmpty()) {
			throw new BusinessRuleException("provinceId", "account.scope.province");
		}
	}

	void setEnabled(Long id, Integer version, boolean enabled) {
		AppUser u = users.findById(id).orElseThrow(NotFoundException::new);
		u.checkVersion(version);
		Map<String, Object> before = u.auditSnapshot();
		if (enabled) {
			u.enable();
		}
		else {
			u.disable();
		}
		// a disabled account is signed out everywhere at once, not when its sessions expire
		if (!enabled) {
			sessions.endAllBut(u.getUsername(), null);
		}
		audit.record(AuditService.UPDATE, u, before);
	}

	/** The administrator sets a new password: the user's sessions end (whoever knew the old one is signed out). */
	void resetPassword(Long id, PasswordForm form) {
		AppUser u = users.findById(id).orElseThrow(NotFoundException::new);
		u.checkVersion(form.getVersion());
		PasswordRules.check("password", form.getPassword(), u.getUsername());
		u.changePassword(encoder.encode(form.getPassword()));
		int ended = sessions.endAllBut(u.getUsername(), null);
		audit.record("PASSWORD_RESET", u, null, null, Map.of("sessionsEnded", ended));
	}

	/**
	 * The user changes their own password: the current one is asked (a wrong one counts as a failed sign-in, so a
	 * session left open cannot be used to guess it), the new one follows {@link PasswordRules}, and every other
	 * session of the user ends.
	 */
	void changeOwnPassword(CurrentUser me, String keptSessionId, OwnPasswordForm form) {
		AppUser u = users.findById(me.id()).orElseThrow(NotFoundException::new);
		u.checkVersion(form.getVersion());
		requireCurrentPassword(u, form.getCurrentPassword());
		PasswordRules.check("newPassword", form.getNewPassword(), u.getUsername());
		if (!form.getNewPassword().equals(form.getConfirmation())) {
			throw new BusinessRuleException("confirmation", "account.password.mismatch");
		}
		if (encoder.matches(form.getNewPassword(), u.getPasswordHash())) {
			throw new BusinessRuleException("newPassword", "account.password.same");
		}
		u.changePassword(encoder.encode(form.getNewPassword()));
		int ended = sessions.endAllBut(u.getUsername(), keptSessionId);
		audit.record("PASSWORD_CHANGE", u, null, null, Map.of("otherSessionsEnded", ended));
	}

	/** Refuses a wrong current password (counted as a failed sign-in), or any while the name is locked. */
	void requireCurrentPassword(AppUser u, String typed) {
		if (throttle.lockedUntil(u.getUsername()).isPresent()) {
			throw new BusinessRuleException("currentPassword", "account.password.locked", throttle.lockMinutes());
		}
		if (typed == null || !encoder.matches(typed, u.getPasswordHash())) {
			throttle.failed(u.getUsername());
			throw new BusinessRuleException("currentPassword", "account.password.wrongCurrent");
		}
	}

	/** Sets a password through a reset link (the link is checked by the caller); every session of the user ends. */
	void setPasswordByLink(AppUser u, String password, String confirmation) {
		PasswordRules.check("password", password, u.getUsername());
		if (!password.equals(confirmation)) {
			throw new BusinessRuleException("confirmation", "account.password.mismatch");
		}
		u.changePassword(encoder.encode(password));
		int ended = sessions.endAllBut(u.getUsername(), null);
		throttle.succeeded(u.getUsername());
		audit.record("PASSWORD_RESET_BY_LINK", u, null, null, Map.of("sessionsEnded", ended));
	}

	/** The signed-in user as stored now (null when the account is gone or disabled): a sign-in's second step ends. */
	@Transactional(readOnly = true)
	CurrentUser currentUser(long id) {
		return users.findById(id).filter(AppUser::isEnabled).map(u -> u.toCurrentUser().withoutPassword()).orElse(null);
	}

	/** Called at sign-in: records the time, returns the language the user chose last time (or null). */
	String signedIn(String username) {
		users.touchLogin(username);
		return users.findByUsername(username).map(AppUser::getLocale).orElse(null);
	}

	@Override
	public void remember(String username, Locale locale) {
		users.updateLocale(username, locale.getLanguage());
	}

}
