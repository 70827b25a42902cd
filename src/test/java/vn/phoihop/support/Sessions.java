package vn.phoihop.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so a MockMvc test follows a user by the SESSION cookie, as a
 * browser does.
 */
public final class Sessions {

	public static final String COOKIE = "SESSION";

	private Sessions() {
	}

	/**
	 * Signs in as a user does: the password, then, when the sign-in asks for it (the demo administrator and
	 * commander), the code of the authenticator app set up with {@link SecondStep#DEMO_SECRET}. The result is the
	 * last answer (the redirect to the page first asked for); {@link #passwordStep} stops after the password.
	 */
	public static MvcResult login(MockMvc mvc, String username, String password) throws Exception {
		MvcResult first = passwordStep(mvc, username, password);
		if (!"/login/code".equals(first.getResponse().getRedirectedUrl())) {
			return first;
		}
		SecondStep.allowNextCode(mvc.getDispatcherServlet().getWebApplicationContext().getBean(JdbcTemplate.class),
				username);
		return mvc.perform(MockMvcRequestBuilders.post("/login/code")
			.param("code", SecondStep.code(SecondStep.DEMO_SECRET))
			.with(csrf())
			.cookie(cookie(first))).andReturn();
	}

	/** The password only: for a user with two-step sign-in, the answer sends to the second step. */
	public static MvcResult passwordStep(MockMvc mvc, String username, String password) throws Exception {
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
