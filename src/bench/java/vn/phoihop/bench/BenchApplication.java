package vn.phoihop.bench;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.StringUtils;

import vn.phoihop.PhoiHopApplication;
import vn.phoihop.notification.Reminders;

/**
 * The benchmark's entry point (bench/run.sh): the application exactly as production configures it
 * ({@link PhoiHopApplication}), plus the benchmark's tools, which are not in the production jar but in
 * {@code target/bench/phoihop-<version>-bench.jar}, built from {@code src/bench/java} (docs/architecture.md):
 * <ul>
 * <li>every pooled connection counts the statements it prepares ({@link SqlStatementCounter}), and a request that
 * asks with {@code X-Count-Sql: 1} gets their number in {@code X-Sql-Statements} ({@link SqlCountHeaderFilter});</li>
 * <li>with {@code --app.generate=small|national}, the data generator fills the (empty) database and the process exits
 * ({@link NationalDataGenerator}); no demo data, and the web server on any free port of the loopback;</li>
 * <li>with {@code --app.bench.reminders=today}, the day's reminder run is timed and the process exits
 * ({@link ReminderRun}).</li>
 * </ul>
 * Started from the production jar with this jar added, by Spring Boot's {@code PropertiesLauncher}:
 *
 * <pre>
 * java -cp target/phoihop-0.1.0-SNAPSHOT.jar -Dloader.path=target/bench/phoihop-0.1.0-SNAPSHOT-bench.jar \
 *   -Dloader.main=vn.phoihop.bench.BenchApplication org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --app.embedded.data-dir=data/bench-small [--app.generate=small]
 * </pre>
 *
 * Not a {@code @Configuration}: the application's component scan (all of {@code vn.phoihop}) must not find it where
 * these classes are on the class path (the tests'), so its beans exist only when it is started here.
 */
public class BenchApplication {

	static final String GENERATE = "app.generate";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PhoiHopApplication.class, BenchApplication.class);
		application.addInitializers(new GenerationSettings());
		application.run(args);
	}

	@Bean
	static SqlStatementCounter sqlStatementCounter() {
		return new SqlStatementCounter();
	}

	@Bean
	SqlCountHeaderFilter sqlCountHeaderFilter() {
		return new SqlCountHeaderFilter();
	}

	@Bean
	@ConditionalOnProperty(GENERATE)
	NationalDataGenerator nationalDataGenerator(DataSource dataSource, JdbcTemplate jdbc, PasswordEncoder encoder,
			Environment environment, ConfigurableApplicationContext context) {
		return new NationalDataGenerator(dataSource, jdbc, encoder, environment, context);
	}

	@Bean
	@ConditionalOnProperty(ReminderRun.PROPERTY)
	ReminderRun reminderRun(Reminders reminders, JdbcTemplate jdbc, ConfigurableApplicationContext context) {
		return new ReminderRun(reminders, jdbc, context);
	}

	/**
	 * When generating: no demo data (the generator fills the database), the web server, which the generator does
	 * not use, on any free port of the loopback only, and no socket timeout. Ahead of every other setting.
	 */
	static final class GenerationSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			ConfigurableEnvironment environment = context.getEnvironment();
			String scale = environment.getProperty(GENERATE, "");
			if (StringUtils.hasText(environment.getProperty(ReminderRun.PROPERTY, ""))) {
				// timing the reminders: the web server, which the run does not use, on any free port of the loopback
				environment.getPropertySources()
					.addFirst(new MapPropertySource("benchReminders",
							Map.of("app.demo-data", "false", "server.port", "0", "server.address", "127.0.0.1",
									"app.notifications.reminders-cron", "-", "app.notifications.digest-cron", "-",
									"app.notifications.mail-cron", "-")));
			}
			if (!StringUtils.hasText(scale)) {
				return;
			}
			if (!scale.equals("small") && !scale.equals("national")) {
				throw new IllegalArgumentException("--" + GENERATE + "=small|national, not '" + scale + "'");
			}
			environment.getPropertySources()
				.addFirst(new MapPropertySource("benchGeneration",
						Map.of("app.demo-data", "false", "server.port", "0", "server.address", "127.0.0.1",
								// the generator's statements run for minutes: no socket timeout
								"spring.datasource.hikari.data-source-properties.socketTimeout", "0")));
		}

	}

}
