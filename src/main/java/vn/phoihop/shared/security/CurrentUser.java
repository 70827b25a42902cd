package vn.phoihop.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: identity, role and the unit the role is scoped to. Kept in the
 * (JDBC-stored) session, so it is small and serializable.
 */
public record CurrentUser(Long id, String username, String passwordHash, String fullName, Role role, Long postId,
		Long communeId, Long provinceId, boolean enabled) implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	public static CurrentUser get() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
			return user;
		}
		return null;
	}

	public boolean is(Role r) {
		return role == r;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The credentials are not kept once signed in. */
	public CurrentUser withoutPassword() {
		return new CurrentUser(id, username, null, fullName, role, postId, communeId, provinceId, enabled);
	}

}
