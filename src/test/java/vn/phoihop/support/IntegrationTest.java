package vn.phoihop.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one annotation for integration tests: every test class that carries it shares one Spring context and one
 * PostgreSQL (embedded, started once per JVM; or the one in SPRING_DATASOURCE_URL). The demo data set is loaded
 * on an empty database so tests can rely on it; tests add their own data with unique codes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "app.embedded.data-dir=", "app.demo-data=true", "spring.thymeleaf.cache=true" })
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
