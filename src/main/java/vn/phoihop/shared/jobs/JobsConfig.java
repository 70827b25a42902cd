package vn.phoihop.shared.jobs;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each run once across all instances: Spring's {@code @Scheduled} starts a job on every instance,
 * ShedLock's {@code @SchedulerLock(name = …)} lets the first that takes the job's row in the {@code shedlock} table
 * (V060) run it and makes the others skip that run. Times are the database's ({@code usingDbTime}), so instances with
 * drifting clocks agree. A job of any module adopts it with the two annotations (docs/architecture.md, "Scheduled
 * jobs"); the lock is also taken when the method is called directly (ShedLock's method proxy), so a test can race two
 * calls.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobsConfig {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}
