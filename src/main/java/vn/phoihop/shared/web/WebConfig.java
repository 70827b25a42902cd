package vn.phoihop.shared.web;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Locale (Vietnamese first, English second, switchable with ?lang=), blank-to-null trimming, dates typed and shown
 * dd/MM/yyyy, and the static resources under their own URL prefixes.
 */
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
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(localePreference);
	}

	/**
	 * The static resources, each folder under its own prefix ({@code spring.web.resources.add-mappings=false} turns
	 * off Spring Boot's {@code /**} mapping). With {@code /**}, every link a page renders ({@code @{/activities/42}}:
	 * 25 to 100 per list page) went through the resource chain because the content-hash URL strategy is on
	 * ({@code ResourceUrlEncodingFilter}): a class-path lookup in four locations per link, never cached when nothing
	 * is found. That was a third of the CPU of a list page in the benchmark (docs/performance.md). Now only
	 * {@code /css}, {@code /js}, {@code /images} and {@code /webjars} links are looked up, and cached. Each file is
	 * served as its copy compressed at build time ({@code .br}, {@code .gz} beside it: src/build/java/Precompress.java)
	 * when the browser accepts it ({@link EncodedResourceResolver}, ahead of the version resolver as Spring Boot's own
	 * {@code spring.web.resources.chain.compressed} places it), not compressed again by Tomcat for each request.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
		for (String folder : List.of("css", "js", "images")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(year)
				.resourceChain(true)
				.addResolver(new EncodedResourceResolver())
				.addResolver(new VersionResourceResolver()
					.addContentVersionStrategy("/**"));
		}
		// the webjars: LiteWebJarsResourceResolver (added by the chain) maps /webjars/bootstrap/... to its version
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(year)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver());
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// Every string from a form or a query: control characters (NUL cannot even be stored by PostgreSQL) and bidi
		// overrides removed, Unicode in NFC, blank strings become null (a blank optional field is "not given").
		registry.addConverter(String.class, String.class, WebConfig::clean);
		// dates typed and shown dd/MM/yyyy (ISO still read): after Spring Boot's formatters, so these win, the
		// annotated fields' one included (DayMonthYearFormatter; WebConfigDatesTest proves the precedence)
		registry.addFormatterForFieldType(LocalDate.class, new DayMonthYearFormatter());
		registry.addFormatterForFieldAnnotation(new DayMonthYearFormatter.Annotations());
	}

	static final Pattern UNWANTED = Pattern
		.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

	public static String clean(String s) {
		if (s == null) {
			return null;
		}
		String cleaned = Normalizer.normalize(UNWANTED.matcher(s).replaceAll(""), Normalizer.Form.NFC);
		return cleaned.isBlank() ? null : cleaned.strip();
	}

}
