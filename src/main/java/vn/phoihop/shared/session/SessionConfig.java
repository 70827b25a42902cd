package vn.phoihop.shared.session;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session JDBC as Spring Boot configures it, with this package's adjustments:
 * <ul>
 * <li>attributes written with PostgreSQL's upsert ({@link #postgresSessionUpserts});</li>
 * <li>the session row written only when the session changed, or once a minute ({@link SessionWriteThrottle}), and
 * read once per request;</li>
 * <li>its statements in JDBC transactions, the signed-in user and the CSRF token kept by their bytes
 * ({@link SessionAttributeReader});</li>
 * <li>session cookies as usual, except that health checks never look a session up: sessions are stored in
 * PostgreSQL, and the health endpoint must answer DOWN (not fail) when that database is gone.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

	/**
	 * Session attributes written with PostgreSQL's upsert: parallel first requests of one session (several tabs, htmx)
	 * each create its CSRF token, and two plain INSERTs of one attribute were a duplicate key, a 500 page.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Spring Session's filter with the JDBC repository behind {@link SessionWriteThrottle} (no write of the last access
	 * time on every request, at most once a minute per session). A filter of our own, not a repository bean: a
	 * {@code SessionRepository} bean of ours would turn off Spring Boot's JDBC session configuration.
	 */
	@Bean
	static BeanPostProcessor sessionWriteThrottling(ObjectProvider<JdbcIndexedSessionRepository> sessions,
			ObjectProvider<HttpSessionIdResolver> resolver, @Value("${app.session.touch-seconds:60}") long seconds) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SessionRepositoryFilter<?> && seconds > 0) {
					var filter = new SessionWriteThrottle.Filter<>(
							new SessionWriteThrottle<>(sessions.getObject(), Duration.ofSeconds(seconds)));
					filter.setHttpSessionIdResolver(resolver.getObject());
					return filter;
				}
				return bean;
			}
		};
	}

	/**
	 * Spring Session reads the session in a transaction of the application's transaction manager, which is JPA's: a
	 * Hibernate session was opened and closed around the one SELECT on every request, static files included (a tenth
	 * of the CPU of a request for a stylesheet; docs/performance.md). Its statements are plain JDBC, so a
	 * JDBC transaction manager on the same data source does. Its attributes are read by
	 * {@link SessionAttributeReader}, which keeps the signed-in user and the CSRF token by their bytes.
	 */
	@Bean
	static BeanPostProcessor sessionJdbcTransactions(ObjectProvider<DataSource> dataSource) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcHttpSessionConfiguration config) {
					config.setTransactionOperations(
							new TransactionTemplate(new JdbcTransactionManager(dataSource.getObject())));
					config.setSpringSessionConversionService(
							SessionAttributeReader.conversionService(SessionConfig.class.getClassLoader()));
				}
				return bean;
			}
		};
	}

	@Bean
	HttpSessionIdResolver httpSessionIdResolver() {
		// cookie SESSION: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS (through the proxy headers)
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName("SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
		cookies.setCookieSerializer(serializer);
		return new HttpSessionIdResolver() {

			@Override
			public List<String> resolveSessionIds(HttpServletRequest request) {
				return isHealth(request) ? List.of() : cookies.resolveSessionIds(request);
			}

			@Override
			public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
				if (!isHealth(request)) {
					cookies.setSessionId(request, response, sessionId);
				}
			}

			@Override
			public void expireSession(HttpServletRequest request, HttpServletResponse response) {
				cookies.expireSession(request, response);
			}

		};
	}

	private static boolean isHealth(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

}
