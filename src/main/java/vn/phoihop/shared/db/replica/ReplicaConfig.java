package vn.phoihop.shared.db.replica;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Turns replica reads on when {@code app.replica.urls} names a replica: the DataSource Spring Boot made for the
 * primary (with all its settings) is wrapped in {@link ReplicaRouting}, and the pages' interceptor is added. Without
 * the setting nothing here exists and the app talks to its one database as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${app.replica.urls:}'.trim() != ''")
@EnableConfigurationProperties(ReplicaSettings.class)
class ReplicaConfig {

	/** Static: a post-processor is made before the other beans; it binds the settings itself. */
	@Bean
	static BeanPostProcessor replicaRoutingDataSource(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource primary && "dataSource".equals(beanName)) {
					ReplicaSettings settings = Binder.get(environment).bind("app.replica", ReplicaSettings.class)
						.get();
					return new ReplicaRouting(primary, settings);
				}
				return bean;
			}
		};
	}

	@Bean
	WebMvcConfigurer replicaReadPages(ReplicaSettings settings) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new ReplicaReadInterceptor(settings));
			}
		};
	}

}
