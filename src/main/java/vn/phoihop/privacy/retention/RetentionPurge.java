package vn.phoihop.privacy.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.household.HouseholdAnonymisation;

/**
 * Removes what is past its retention period (docs/privacy.md §4) and records what it removed in one audit event
 * ({@code RETENTION_PURGE}, the counts in its after-data): archived households anonymised (never deleted, so every
 * figure stays exact), the access log's old rows, closed requests, old sign-in attempts, old one-time form tokens and
 * expired sessions. One transaction: all of a run or nothing. Runs on one instance at a time ({@link RetentionJob}).
 */
@Service
public class RetentionPurge {

	public static final String ACTION = "RETENTION_PURGE";

	private final JdbcTemplate jdbc;

	private final HouseholdAnonymisation households;

	private final AuditService audit;

	private final RetentionSettings settings;

	RetentionPurge(JdbcTemplate jdbc, HouseholdAnonymisation households, AuditService audit,
			RetentionSettings settings) {
		this.jdbc = jdbc;
		this.households = households;
		this.audit = audit;
		this.settings = settings;
	}

	/** What one run removed; {@code accessLog} is -1 when the access log's table does not exist. */
	public record Removed(int householdsAnonymised, int accessLog, int closedRequests, int loginAttempts,
			int formTokens, int expiredSessions) {

		Map<String, Object> asMap() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("householdsAnonymised", householdsAnonymised);
			m.put("accessLog", accessLog);
			m.put("closedRequests", closedRequests);
			m.put("loginAttempts", loginAttempts);
			m.put("formTokens", formTokens);
			m.put("expiredSessions", expiredSessions);
			return m;
		}

	}

	@Transactional
	public Removed run() {
		Instant now = Instant.now();
		List<Long> archived = households.archivedBefore(cutoff(now, settings.archivedHouseholds()), settings.batch());
		int anonymised = 0;
		for (Long id : archived) {
			if (households.anonymise(id, "retention " + settings.archivedHouseholds())) {
				anonymised++;
			}
		}
		Removed removed = new Removed(anonymised, accessLog(now),
				jdbc.update("delete from privacy_request where closed_at < ?", ts(now, settings.closedRequests())),
				jdbc.update("""
						delete from login_attempt where coalesce(last_failure, '-infinity') < ?
						  and (locked_until is null or locked_until < now())""", ts(now, settings.loginAttempts())),
				jdbc.update("delete from form_token where used_at < ?", ts(now, settings.formTokens())),
				jdbc.update("delete from spring_session where expiry_time < ?", now.toEpochMilli()));
		audit.record(ACTION, "Retention", null, summary(removed), null, null, removed.asMap());
		return removed;
	}

	private int accessLog(Instant now) {
		Boolean exists = jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class,
				settings.accessLogTable());
		if (!Boolean.TRUE.equals(exists)) {
			return -1;
		}
		return jdbc.update("delete from " + settings.accessLogTable() + " where " + settings.accessLogColumn() + " < ?",
				ts(now, settings.accessLog()));
	}

	private static String summary(Removed r) {
		return "households " + r.householdsAnonymised() + ", access log " + r.accessLog() + ", requests "
				+ r.closedRequests() + ", sign-in attempts " + r.loginAttempts() + ", form tokens " + r.formTokens()
				+ ", sessions " + r.expiredSessions();
	}

	/** The period before now, in the application's zone (a year is a calendar year). */
	static Instant cutoff(Instant now, Period period) {
		return ZonedDateTime.ofInstant(now, java.time.ZoneId.systemDefault()).minus(period).toInstant();
	}

	private static Timestamp ts(Instant now, Period period) {
		return Timestamp.from(cutoff(now, period));
	}

}
