package vn.phoihop.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import vn.phoihop.PhoiHopApplication;

/**
 * One more running instance of the app on a database of the test's choosing, on a free port. It runs in production
 * mode (a database is named), with the evaluation mode's encryption key: the demo accounts' second-factor secrets in
 * the tests' database were sealed with it (account.SecretBox).
 */
public final class AppInstance {

	/** account.SecretBox.EVALUATION_KEY, which production mode does not take by itself. */
	public static final String ENCRYPTION_KEY = "cGhvaWhvcC1ldmFsdWF0aW9uLW9ubHkta2V5LTIwMjY=";

	private AppInstance() {
	}

	/** An instance on the database given, with or without the demo data. */
	public static ConfigurableApplicationContext start(String jdbcUrl, String username, String password,
			boolean demoData, String... more) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + username, "--spring.datasource.password=" + password,
				"--app.demo-data=" + demoData, "--app.security.encryption-key=" + ENCRYPTION_KEY, "--server.port=0",
				"--spring.main.banner-mode=off",
				// the notifications' scheduled runs stay off: a test calls them when it means to
				"--app.notifications.reminders-cron=-", "--app.notifications.digest-cron=-",
				"--app.notifications.mail-cron=-"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(PhoiHopApplication.class).run(args.toArray(String[]::new));
	}

	/** An instance on the embedded PostgreSQL's default database and account. */
	public static ConfigurableApplicationContext onPort(int postgresPort, boolean demoData, String... more) {
		return start("jdbc:postgresql://localhost:" + postgresPort + "/postgres", "postgres", "postgres", demoData,
				more);
	}

	/** A second instance on the shared test database (the one the test context uses), without loading anything. */
	public static ConfigurableApplicationContext besides(Environment testContext, String... more) {
		return start(testContext.getProperty("spring.datasource.url"),
				testContext.getProperty("spring.datasource.username"),
				testContext.getProperty("spring.datasource.password"), false, more);
	}

	public static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	public static String url(ConfigurableApplicationContext app) {
		return "http://localhost:" + port(app);
	}

}
