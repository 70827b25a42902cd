package vn.phoihop.activity;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;

/**
 * The month lock: a concluded month's activities of a commune are read-only until the month is reopened. The
 * activity module owns the rule; the review module decides when (it calls {@link #lock} when a post concludes a month
 * and {@link #unlock} when it reopens it). Each lock is the concluding post's own: when two posts cover one commune,
 * the month stays locked until every post that concluded it has reopened it (V056). One of the two public types
 * through which the review reads this module.
 */
@Service
@NamedInterface("month")
@Transactional
public class MonthLock {

	/** Whether a commune's month is locked: what {@link Activity#update} asks before it changes anything. */
	@FunctionalInterface
	public interface Locks {

		boolean isLocked(Long communeId, YearMonth month);

	}

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	MonthLock(JdbcTemplate jdbc, AuditService audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The post's lock on these communes' month (a post concluded it). */
	public void lock(Long postId, Collection<Long> communeIds, YearMonth month) {
		for (Long c : communeIds) {
			jdbc.update("insert into activity_month_lock (post_id, commune_id, month, locked_by) values (?, ?, ?, ?) "
					+ "on conflict do nothing", postId, c, month.atDay(1), username());
		}
		audit.record("LOCK", "ActivityMonth", null, month + " " + communeIds, null, null,
				Map.of("month", month.toString(), "postId", postId, "communeIds", List.copyOf(communeIds)));
	}

	/** Removes the post's own lock; another post's lock on the same month stays. */
	public void unlock(Long postId, Collection<Long> communeIds, YearMonth month) {
		for (Long c : communeIds) {
			jdbc.update("delete from activity_month_lock where post_id = ? and commune_id = ? and month = ?", postId, c,
					month.atDay(1));
		}
		audit.record("UNLOCK", "ActivityMonth", null, month + " " + communeIds, null,
				Map.of("month", month.toString(), "postId", postId, "communeIds", List.copyOf(communeIds)), null);
	}

	@Transactional(readOnly = true)
	public boolean isLocked(Long communeId, YearMonth month) {
		if (communeId == null || month == null) {
			return false;
		}
		Boolean locked = jdbc.queryForObject(
				"select exists (select 1 from activity_month_lock where commune_id = ? and month = ?)", Boolean.class,
				communeId, month.atDay(1));
		return Boolean.TRUE.equals(locked);
	}

	/** The locks as one save sees them: each commune and month read once, however often the rules and the entity ask. */
	Locks forOneSave() {
		Map<String, Boolean> seen = new HashMap<>();
		return (communeId, month) -> communeId != null && month != null
				&& seen.computeIfAbsent(communeId + "/" + month, k -> isLocked(communeId, month));
	}

	private static String username() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

}
