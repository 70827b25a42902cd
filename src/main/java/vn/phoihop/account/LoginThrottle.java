package vn.phoihop.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per username, in PostgreSQL so that every app instance sees them. After N failures the name is
 * locked for a while; one atomic upsert per failure keeps parallel attempts counted exactly.
 */
@Component
class LoginThrottle {

	private final JdbcTemplate jdbc;

	private final int maxFailures;

	private final Duration lockFor;

	LoginThrottle(JdbcTemplate jdbc, @Value("${app.security.max-failed-logins:5}") int maxFailures,
			@Value("${app.security.lock-minutes:15}") int lockMinutes) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.lockFor = Duration.ofMinutes(lockMinutes);
	}

	static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase();
	}

	/** When the name is locked, until when. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		return jdbc.query("select locked_until from login_attempt where username = ? and locked_until > now()",
				(rs, i) -> rs.getTimestamp(1).toInstant(), key(username)).stream().findFirst();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username) {
		jdbc.update("""
				insert into login_attempt (username, failures, last_failure) values (?, 1, now())
				on conflict (username) do update set
				  failures = case when login_attempt.locked_until is not null and login_attempt.locked_until <= now()
				                  then 1 else login_attempt.failures + 1 end,
				  locked_until = case when login_attempt.locked_until is not null and login_attempt.locked_until <= now()
				                  then null else login_attempt.locked_until end,
				  last_failure = now()
				""", key(username));
		jdbc.update("update login_attempt set locked_until = ? where username = ? and failures >= ? and locked_until is null",
				Timestamp.from(Instant.now().plus(lockFor)), key(username), maxFailures);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		jdbc.update("delete from login_attempt where username = ?", key(username));
	}

	int maxFailures() {
		return maxFailures;
	}

	long lockMinutes() {
		return lockFor.toMinutes();
	}

}
