package vn.phoihop.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import vn.phoihop.shared.security.CurrentUser;

/**
 * Ends a sign-in whose second step is done, as the form login ends one without it: the session gets a new id and a
 * new CSRF token, the authentication is stored in it (the same repositories as the form login's), the failures are
 * forgotten, the user's language comes back, and the page first asked for is where the user goes.
 */
@Component
class SignInCompletion {

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final RequestCache requests = new HttpSessionRequestCache();

	private final AccountService accounts;

	private final LocaleResolver localeResolver;

	private final LoginThrottle throttle;

	SignInCompletion(AccountService accounts, LocaleResolver localeResolver, LoginThrottle throttle) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
		this.throttle = throttle;
	}

	/** Signs the user in; returns where to go next (the page first asked for, or the dashboard). */
	String complete(HttpServletRequest request, HttpServletResponse response, CurrentUser user) {
		throttle.succeeded(user.username());
		request.changeSessionId();
		new HttpSessionCsrfTokenRepository().saveToken(null, request, response);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		HttpSession session = request.getSession();
		session.removeAttribute(PendingSignIn.ATTRIBUTE);
		session.removeAttribute(SecurityConfig.LAST_USERNAME);
		restoreLanguage(request, response, user.username());
		SavedRequest saved = requests.getRequest(request, response);
		requests.removeRequest(request, response);
		return saved == null ? "/" : saved.getRedirectUrl();
	}

	/**
	 * Lets this request's thread act as the user (for the audit's "who") without storing anything in the session: the
	 * security context repository saves only what {@link #complete} saves, and the thread's context is cleared when the
	 * request ends (Spring Security's SecurityContextHolderFilter).
	 */
	void actAs(CurrentUser user) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
	}

	void actAsNobody() {
		SecurityContextHolder.clearContext();
	}

	/** Records the time of sign-in and sets the language the user chose last time, if any. */
	void restoreLanguage(HttpServletRequest request, HttpServletResponse response, String username) {
		String preferred = accounts.signedIn(username);
		if (preferred != null) {
			localeResolver.setLocale(request, response, Locale.forLanguageTag(preferred));
		}
	}

}
