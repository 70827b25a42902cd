package vn.phoihop.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The message bundles: one per feature ({@code spring.messages.basename}), each as {@code X_vi.properties} and
 * {@code X_en.properties}, and no default {@code X.properties}. A locale without its own bundle (French, a cookie
 * with an unknown language, {@link java.util.Locale#ROOT}) gets Vietnamese, the default locale of the message source,
 * so the Vietnamese text is written once, in the {@code _vi} files.
 * <p>
 * Spring Boot's {@code MessageSourceAutoConfiguration} applies only when a default bundle exists, so the message
 * source is made here, from the same {@code spring.messages.*} properties and the same way (encoding, cache,
 * message-format and common-messages settings). {@code spring.messages.fallback-to-system-locale} has no effect: the
 * fallback is Vietnamese, never the server's language. The labels of the reference data (activity types, content areas,
 * target metrics) come from their rows first ({@link OverridingMessageSource}), the bundles' texts being the fallback
 * where no row answers (a test without a database). Thymeleaf's {@code #{...}}, the validation messages
 * ({@code {key}} in constraints and the error codes) and the PDF and file exports all read this bean.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfig {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(MessageSourceProperties properties) {
		return new OverridingMessageSource(vietnameseByDefault(properties), properties.getCacheDuration() == null);
	}

	/** The application's message source for these properties (public for the bundle tests, which run without Spring). */
	public static ResourceBundleMessageSource vietnameseByDefault(MessageSourceProperties properties) {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(properties.getBasename().toArray(String[]::new));
		source.setDefaultEncoding(properties.getEncoding().name());
		// Spring's ResourceBundle.Control looks a locale without a bundle up again in this locale
		source.setDefaultLocale(WebConfig.VIETNAMESE);
		source.setFallbackToSystemLocale(false);
		if (properties.getCacheDuration() != null) {
			source.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		if (properties.getCommonMessages() != null && !properties.getCommonMessages().isEmpty()) {
			Properties common = new Properties();
			for (Resource resource : properties.getCommonMessages()) {
				try {
					PropertiesLoaderUtils.fillProperties(common, resource);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Failed to load common messages from '%s'".formatted(resource), ex);
				}
			}
			source.setCommonMessages(common);
		}
		return source;
	}

}
