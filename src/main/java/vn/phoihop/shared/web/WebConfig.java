package vn.phoihop.shared.web;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** Locale (Vietnamese first, English second, switchable with ?lang=), blank-to-null trimming. */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

	public static final String LOCALE_COOKIE = "lang";

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final LocalePreferenceInterceptor localePreference;

	WebConfig(LocalePreferenceInterceptor localePreference) {
		this.localePreference = localePreference;
	}

	@Bean
	LocaleResolver localeResolver() {
		// a cookie, so the choice survives signing out; the user's stored preference is applied at sign-in
		CookieLocaleResolver resolver = new CookieLocaleResolver(LOCALE_COOKIE);
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(java.time.Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(localePreference);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// Blank strings in forms become null (Taming Thymeleaf): a blank optional field is "not given".
		registry.addConverter(String.class, String.class, s -> s == null || s.isBlank() ? null : s.strip());
	}

}
