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
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.LocalePreference;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.TerritoryService;

/** Users and their roles; the account module's API. */
@Service
@Transactional
public class AccountService implements LocalePreference {

	static final int MIN_PASSWORD = 8;

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final TerritoryService territory;

	private final AuditService audit;

	AccountService(AppUserRepository users, PasswordEncoder encoder, TerritoryService territory, AuditService audit) {
		this.users = users;
		this.encoder = encoder;
		this.territory = territory;
		this.audit = audit;
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
			if (form.getPassword() == null || form.getPassword().length() < MIN_PASSWORD) {
				throw new BusinessRuleException("password", "account.password.short", MIN_PASSWORD);
			}
			return create(form.getUsername(), form.getPassword(), form.getFullName(), form.getRole(), form.getPostId(),
					form.getCommuneId(), form.getProvinceId());
		}
		AppUser u = users.findById(form.getId()).orElseThrow(NotFoundException::new);
		u.checkVersion(form.getVersion());
		Map<String, Object> before = u.auditSnapshot();
		u.rename(form.getFullName());
		u.assign(form.getRole(), form.getPostId(), form.getCommuneId(), form.getProvinceId());
		audit.record(AuditService.UPDATE, u, before);
		return u;
	}

	private void checkScope(UserForm form) {
		Role role = form.getRole();
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
		audit.record(AuditService.UPDATE, u, before);
	}

	void resetPassword(Long id, PasswordForm form) {
		AppUser u = users.findById(id).orElseThrow(NotFoundException::new);
		u.checkVersion(form.getVersion());
		u.changePassword(encoder.encode(form.getPassword()));
		audit.record(AuditService.UPDATE, u.auditType(), u.getId(), u.getUsername(), "password reset", null, null);
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
