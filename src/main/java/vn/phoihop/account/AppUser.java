package vn.phoihop.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;

/** A user account: role and the one unit (post, commune or province) the role is scoped to. */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity implements Auditable {

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "full_name")
	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "post_id")
	private Long postId;

	@Column(name = "commune_id")
	private Long communeId;

	@Column(name = "province_id")
	private Long provinceId;

	/** The function in the post's Party committee; only a user linked to a post holds one (V067). */
	@Enumerated(EnumType.STRING)
	@Column(name = "party_function")
	private PartyFunction partyFunction;

	private boolean enabled = true;

	private String locale;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	/** A confirmed address only (an address waiting for its confirmation is in its link's row, AccountTokens). */
	private String email;

	protected AppUser() {
	}

	public AppUser(String username, String passwordHash, String fullName, Role role) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
	}

	/**
	 * Sets role and scope together: only the unit that the role needs is kept, and the Party function only with a
	 * post (refuse a function for a role without one before: {@link AccountService}).
	 */
	public AppUser assign(Role role, Long postId, Long communeId, Long provinceId) {
		this.role = role;
		this.postId = role.needsPost() ? postId : null;
		this.communeId = role.needsCommune() ? communeId : null;
		this.provinceId = role.needsProvince() ? provinceId : null;
		if (this.postId == null) {
			this.partyFunction = null;
		}
		return this;
	}

	/** The function in the post's Party committee (null: none); a user without a post holds none. */
	void holdPartyFunction(PartyFunction function) {
		if (function != null && postId == null) {
			throw new BusinessRuleException("partyFunction", "account.partyFunction.noPost");
		}
		this.partyFunction = function;
	}

	void rename(String fullName) {
		this.fullName = fullName;
	}

	void changePassword(String hash) {
		this.passwordHash = hash;
	}

	void confirmEmail(String address) {
		this.email = address;
	}

	void removeEmail() {
		this.email = null;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void preferLocale(String locale) {
		this.locale = locale;
	}

	void signedIn() {
		this.lastLoginAt = Instant.now();
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(getId(), username, passwordHash, fullName, role, postId, communeId, provinceId, enabled);
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public Role getRole() {
		return role;
	}

	public Long getPostId() {
		return postId;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public Long getProvinceId() {
		return provinceId;
	}

	public PartyFunction getPartyFunction() {
		return partyFunction;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public String getLocale() {
		return locale;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public String getEmail() {
		return email;
	}

	@Override
	public String auditType() {
		return "AppUser";
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		// never the password hash
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("username", username);
		m.put("fullName", fullName);
		m.put("role", role.name());
		m.put("postId", postId);
		m.put("communeId", communeId);
		m.put("provinceId", provinceId);
		m.put("partyFunction", partyFunction == null ? null : partyFunction.name());
		m.put("enabled", enabled);
		m.put("email", email);
		return m;
	}

	@Override
	public String toString() {
		return username;
	}

}
