package vn.phoihop.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import vn.phoihop.bench.SqlStatementCounter;

/**
 * The one annotation for integration tests: every test class that carries it shares one Spring context and one
 * PostgreSQL (embedded, started once per JVM; or the one in SPRING_DATASOURCE_URL). The demo data set is loaded
 * on an empty database so tests can rely on it; tests add their own data with unique codes.
 * <p>
 * The context also counts, for the tests that assert it, the JDBC statements each thread prepares
 * ({@link SqlStatementCounter} wraps the datasource) and Hibernate's query translations ({@code TranslationCounter} as
 * Hibernate's translator). Production has neither: both are benchmark and test code ({@code src/bench/java}). Set
 * here for every integration test, so that they all keep sharing one context. Mail goes to a real SMTP server in the
 * JVM ({@link TestMail}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "app.embedded.data-dir=", "app.demo-data=true", "app.privacy.retention.cron=-", "app.notifications.reminders-cron=-", "app.notifications.digest-cron=-",
		"app.notifications.mail-cron=-", "spring.thymeleaf.cache=true",
		"spring.jpa.properties.hibernate.query.sqm.translator=vn.phoihop.bench.TranslationCounter" })
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
@ContextConfiguration(initializers = TestMail.class)
public @interface IntegrationTest {

}
