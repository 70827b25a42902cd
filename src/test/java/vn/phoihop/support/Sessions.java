package vn.phoihop.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so a MockMvc test follows a user by the SESSION cookie, as a
 * browser does.
 */
public final class Sessions {

	public static final String COOKIE = "SESSION";

	private Sessions() {
	}

	public static MvcResult login(MockMvc mvc, String username, String password) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
	}

	public static Cookie cookie(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(COOKIE);
		if (cookie == null) {
			throw new AssertionError("no session cookie in the response");
		}
		return cookie;
	}

	public static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
		return cookie(login(mvc, username, password));
	}

}
