package vn.phoihop.shared.web;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.phoihop.shared.security.CurrentUser;

/** {@code ?lang=vi|en} switches the language for the session and, when signed in, remembers it for the user. */
@Component
class LocalePreferenceInterceptor implements HandlerInterceptor {

	private static final Set<String> SUPPORTED = Set.of("vi", "en");

	private final LocalePreference preference;

	LocalePreferenceInterceptor(LocalePreference preference) {
		this.preference = preference;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (lang == null || !SUPPORTED.contains(lang)) {
			return true;
		}
		Locale locale = "vi".equals(lang) ? WebConfig.VIETNAMESE : Locale.ENGLISH;
		var resolver = RequestContextUtils.getLocaleResolver(request);
		if (resolver != null) {
			resolver.setLocale(request, response, locale);
		}
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
			preference.remember(user.username(), locale);
		}
		return true;
	}

}
