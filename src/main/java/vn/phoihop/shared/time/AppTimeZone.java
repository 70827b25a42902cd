package vn.phoihop.shared.time;

import java.util.TimeZone;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The application's clock is Vietnam's, whatever the server's: times shown to users (when a submission was sent,
 * the audit trail), "today" and "this month" are all read in {@code app.time-zone} (default Asia/Ho_Chi_Minh, the
 * zone of every unit this application serves; the database session uses the same zone). A server left on UTC showed
 * a submission sent at 17:00 as 10:00. Set before anything else starts (an environment post-processor), in the
 * application and in the tests alike.
 */
public class AppTimeZone implements EnvironmentPostProcessor, Ordered {

	public static final String DEFAULT = "Asia/Ho_Chi_Minh";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		TimeZone.setDefault(TimeZone.getTimeZone(environment.getProperty("app.time-zone", DEFAULT)));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
