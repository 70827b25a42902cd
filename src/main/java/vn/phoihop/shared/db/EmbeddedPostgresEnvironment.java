package vn.phoihop.shared.db;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides the run mode: when no {@code spring.datasource.url} is configured, starts (once per JVM) an embedded
 * PostgreSQL 17 and points the datasource at it. Runs after the config files have been read.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> props = new HashMap<>();
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			props.put(RunMode.PROPERTY, RunMode.PRODUCTION.name());
		}
		else {
			String dataDir = environment.getProperty("app.embedded.data-dir", "");
			EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
			props.put(RunMode.PROPERTY, RunMode.EVALUATION.name());
			props.put("spring.datasource.url", server.jdbcUrl());
			props.put("spring.datasource.username", "postgres");
			props.put("spring.datasource.password", "postgres");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("phoihopRunMode", props));
	}

}
