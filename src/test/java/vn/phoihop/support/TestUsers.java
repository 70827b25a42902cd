package vn.phoihop.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.phoihop.shared.security.CurrentUser;

/** Signs a MockMvc request in as a stored user (the real principal, with its role and scope). */
@Component
public class TestUsers {

	private final UserDetailsService users;

	public TestUsers(UserDetailsService users) {
		this.users = users;
	}

	public CurrentUser load(String username) {
		return ((CurrentUser) users.loadUserByUsername(username)).withoutPassword();
	}

	public RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(load(username));
	}

}
