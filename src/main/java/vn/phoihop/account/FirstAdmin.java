package vn.phoihop.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.phoihop.shared.db.RunMode;
import vn.phoihop.shared.security.Role;

/**
 * Production: the first administrator comes from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD when no user exists.
 * Refuses to start with a short admin password, or with no user and no admin settings.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

	static final int MIN_ADMIN_PASSWORD = PasswordRules.MIN;

	private static final Log log = LogFactory.getLog(FirstAdmin.class);

	private final AccountService accounts;

	private final Environment environment;

	private final String username;

	private final String password;

	FirstAdmin(AccountService accounts, Environment environment, @Value("${app.admin.username:}") String username,
			@Value("${app.admin.password:}") String password) {
		this.accounts = accounts;
		this.environment = environment;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (StringUtils.hasText(password) && password.length() < MIN_ADMIN_PASSWORD) {
			throw new IllegalStateException("APP_ADMIN_PASSWORD is too short: it must have at least "
					+ MIN_ADMIN_PASSWORD + " characters. Set a longer one and start again.");
		}
		if (accounts.anyUser() || RunMode.demoDataWanted(environment)) {
			return;
		}
		if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
			throw new IllegalStateException("No user exists yet: set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD "
					+ "(at least " + MIN_ADMIN_PASSWORD + " characters) to create the first administrator.");
		}
		accounts.create(username.strip(), password, "Quản trị hệ thống", Role.ADMIN, null, null, null);
		log.info("Created the first administrator '" + username.strip() + "'.");
	}

}
