package vn.phoihop.account;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

import vn.phoihop.shared.security.CurrentUser;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String LAST_USERNAME = "phoihop.lastUsername";

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * No observation of the filter chain, the sign-in or the authorization checks: nothing exports traces or metrics,
	 * and with observations only disabled by name (a property) every filter of every request was still wrapped in one
	 * (a no-op observation, but its wrapper, names and scopes were created per filter per request: docs/performance.md,
	 * "No observations or metrics per request").
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt (cost 10) for new hashes; the {id} prefix lets the algorithm be raised later without a migration
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, TwoFactor twoFactor) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		return new ThrottledAuthenticationProvider(dao, throttle, twoFactor);
	}

	/**
	 * Health for load balancers: no session is read (so it answers DOWN, not an error, when the database that keeps
	 * the sessions is gone).
	 */
	@Bean
	@org.springframework.core.annotation.Order(1)
	SecurityFilterChain healthFilterChain(HttpSecurity http) throws Exception {
		return withoutSession(http, "/actuator/health", "/actuator/health/**");
	}

	/**
	 * A user's calendar feed ({@code /calendar/feed/{token}.ics}), read by a phone's calendar without a session: the
	 * secret token in the path is the only credential, and the feed serves what its owner reads or 404
	 * (plan.CalendarFeedController). No session is read or made.
	 */
	@Bean
	@org.springframework.core.annotation.Order(1)
	SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
		return withoutSession(http, "/calendar/feed/**");
	}

	/** A chain for these paths open to everyone that neither reads nor makes a session. */
	private static SecurityFilterChain withoutSession(HttpSecurity http, String... paths) throws Exception {
		http.securityMatcher(paths)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@org.springframework.core.annotation.Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accounts, LocaleResolver localeResolver) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			// the second step of a sign-in (/login/code, /login/two-factor) and the forgotten password: no one is
			// signed in there yet (PendingSignIn, PasswordResetController)
			.requestMatchers("/login", "/login/**", "/password/**", "/error", "/actuator/health", "/actuator/health/**",
					"/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			// the installable app (vn.phoihop.offline): the browser fetches the manifest without cookies, checks the
			// service worker for a new version whatever the session, and the offline page holds no personal data
			.requestMatchers("/manifest.webmanifest", "/sw.js", "/offline")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			// a commander reads their post's part of the audit trail (AuditService cuts it)
			.requestMatchers("/audit/**")
			.hasAnyRole("ADMIN", "COMMANDER")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new LocaleRestoringSuccessHandler(accounts, localeResolver))
				.failureHandler(new RememberingFailureHandler()))
			// a partial update (htmx) of a page whose session has ended: the whole browser goes to the sign-in page,
			// instead of the sign-in page being swapped into a corner of the old one
			.exceptionHandling(e -> e.authenticationEntryPoint(new SignInEntryPoint()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Sends a request without a session to the sign-in page: a page by a redirect, as the form login does; a partial
	 * update (htmx's {@code HX-Request}) by {@code 401} with {@code HX-Redirect}, which htmx follows with the whole
	 * browser.
	 */
	static class SignInEntryPoint implements AuthenticationEntryPoint {

		private final LoginUrlAuthenticationEntryPoint page =
				new LoginUrlAuthenticationEntryPoint("/login");

		@Override
		public void commence(HttpServletRequest request,
				HttpServletResponse response, AuthenticationException ex)
				throws IOException, ServletException {
			if (request.getHeader("HX-Request") == null) {
				page.commence(request, response, ex);
				return;
			}
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader("HX-Redirect", request.getContextPath() + "/login");
		}

	}

	/**
	 * Refuses a locked username before checking the password; counts failures; erases the hash on success. After a
	 * right password that needs a second step ({@link TwoFactor}) the sign-in fails with {@link SecondStepRequired}:
	 * nothing is authenticated, and the failures are not forgotten until the second step is done (a right password
	 * must not reset the count of wrong codes).
	 */
	static class ThrottledAuthenticationProvider implements AuthenticationProvider {

		private final DaoAuthenticationProvider delegate;

		private final LoginThrottle throttle;

		private final TwoFactor twoFactor;

		ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle,
				TwoFactor twoFactor) {
			this.delegate = delegate;
			this.throttle = throttle;
			this.twoFactor = twoFactor;
		}

		@Override
		public Authentication authenticate(Authentication authentication) throws AuthenticationException {
			String username = authentication.getName();
			if (throttle.lockedUntil(username).isPresent()) {
				throw new LockedException("locked");
			}
			Authentication result;
			try {
				result = delegate.authenticate(authentication);
			}
			catch (BadCredentialsException ex) {
				throttle.failed(username);
				if (throttle.lockedUntil(username).isPresent()) {
					throw new LockedException("locked");
				}
				throw ex;
			}
			CurrentUser user = ((CurrentUser) result.getPrincipal()).withoutPassword();
			TwoFactor.Step step = twoFactor.stepAfterPassword(user.id(), user.role());
			if (step != TwoFactor.Step.NONE) {
				throw new SecondStepRequired(new PendingSignIn(user.id(), user.username(), step, Instant.now(), null));
			}
			throttle.succeeded(username);
			return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return delegate.supports(authentication);
		}

	}

	/** After sign-in: the user's remembered language, and the time of sign-in. */
	static class LocaleRestoringSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		private final AccountService accounts;

		private final LocaleResolver localeResolver;

		LocaleRestoringSuccessHandler(AccountService accounts, LocaleResolver localeResolver) {
			this.accounts = accounts;
			this.localeResolver = localeResolver;
			setDefaultTargetUrl("/");
			setAlwaysUseDefaultTargetUrl(false);
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			String preferred = accounts.signedIn(authentication.getName());
			if (preferred != null) {
				localeResolver.setLocale(request, response, Locale.forLanguageTag(preferred));
			}
			request.getSession().removeAttribute(LAST_USERNAME);
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	/**
	 * Back to the sign-in page with the reason, keeping what the user typed as their name; or, after a right password
	 * that needs a second step, on to it, with the {@link PendingSignIn} in a session of a new id.
	 */
	static class RememberingFailureHandler extends SimpleUrlAuthenticationFailureHandler {

		RememberingFailureHandler() {
			super("/login?error=1");
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			if (exception instanceof SecondStepRequired second) {
				HttpSession session = request.getSession();
				request.changeSessionId();
				session.setAttribute(PendingSignIn.ATTRIBUTE, second.pending());
				session.removeAttribute(LAST_USERNAME);
				session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
				response.sendRedirect(request.getContextPath()
						+ (second.pending().step() == TwoFactor.Step.CODE ? "/login/code" : "/login/two-factor"));
				return;
			}
			String username = request.getParameter("username");
			request.getSession().setAttribute(LAST_USERNAME, username == null ? "" : username.strip());
			super.onAuthenticationFailure(request, response, exception);
		}

	}

}
