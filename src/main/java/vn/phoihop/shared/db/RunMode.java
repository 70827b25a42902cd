package vn.phoihop.shared.db;

import org.springframework.core.env.Environment;

/**
 * The one place that decides how the application runs. Evaluation: no {@code spring.datasource.url} was given,
 * so an embedded PostgreSQL is started and demo data may be loaded. Production: an external database was named.
 */
public enum RunMode {

	EVALUATION, PRODUCTION;

	public static final String PROPERTY = "app.run-mode";

	public static RunMode of(Environment environment) {
		return environment.getProperty(PROPERTY, RunMode.class, PRODUCTION);
	}

	/** Whether demo data is loaded on an empty database: {@code app.demo-data=auto|true|false}. */
	public static boolean demoDataWanted(Environment environment) {
		String setting = environment.getProperty("app.demo-data", "auto").trim().toLowerCase();
		return switch (setting) {
			case "true" -> true;
			case "false" -> false;
			default -> of(environment) == EVALUATION;
		};
	}

}
