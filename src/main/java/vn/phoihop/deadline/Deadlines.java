package vn.phoihop.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.phoihop.shared.cache.ExpiringCache;

/**
 * The due dates of each post's months, the module's API for Java and for the pages ({@code ${@deadlines...}}: the
 * review list, the dashboard). Every post's days are read in one statement and kept for
 * {@code app.deadlines.cache-seconds} (60); a change on this instance is seen at once ({@link #changed()}), on
 * another within that time (docs/architecture.md, "Caches").
 */
@Service("deadlines")
public class Deadlines {

	private record Days(Map<Long, DueDays> byId, Map<String, DueDays> byCode) {
	}

	private final JdbcTemplate jdbc;

	private final ExpiringCache cache;

	Deadlines(JdbcTemplate jdbc, @Value("${app.deadlines.cache-seconds:60}") int seconds) {
		this.jdbc = jdbc;
		this.cache = new ExpiringCache(Duration.ofSeconds(Math.max(0, seconds)), 4);
	}

	/** A post's due days (the defaults when it set none, or for an unknown post). */
	public DueDays of(Long postId) {
		return postId == null ? DueDays.DEFAULT : days().byId().getOrDefault(postId, DueDays.DEFAULT);
	}

	/** A post's due days by its code. */
	public DueDays of(String postCode) {
		return postCode == null ? DueDays.DEFAULT : days().byCode().getOrDefault(postCode, DueDays.DEFAULT);
	}

	/** The day the communes' reports of a post's month are due. */
	public LocalDate reportDue(String postCode, YearMonth month) {
		return of(postCode).reportDue(month);
	}

	/** The day a post's month is to be concluded. */
	public LocalDate conclusionDue(String postCode, YearMonth month) {
		return of(postCode).conclusionDue(month);
	}

	/** A month of a post with its due dates. */
	public record MonthDue(YearMonth month, LocalDate report, LocalDate conclusion) {
	}

	/**
	 * The month whose due dates come next for a post: last month while its conclusion is not yet past due, else this
	 * month (the dashboard's reminder of the dates).
	 */
	public MonthDue next(String postCode, LocalDate today) {
		DueDays days = of(postCode);
		YearMonth month = YearMonth.from(today).minusMonths(1);
		if (today.isAfter(days.conclusionDue(month))) {
			month = month.plusMonths(1);
		}
		return new MonthDue(month, days.reportDue(month), days.conclusionDue(month));
	}

	/** {@link #next(String, LocalDate)} as of today. */
	public MonthDue next(String postCode) {
		return next(postCode, LocalDate.now());
	}

	/** Forgets the kept days: called by every change, now and when its transaction ends. */
	void changed() {
		cache.invalidate();
	}

	private Days days() {
		return cache.get("all", () -> {
			Map<Long, DueDays> byId = new HashMap<>();
			Map<String, DueDays> byCode = new HashMap<>();
			jdbc.query("""
					select p.id, p.code, d.report_day, d.conclusion_day
					from border_post p join post_deadline d on d.post_id = p.id""", rs -> {
				DueDays days = new DueDays(rs.getInt(3), rs.getInt(4));
				byId.put(rs.getLong(1), days);
				byCode.put(rs.getString(2), days);
			});
			return new Days(Map.copyOf(byId), Map.copyOf(byCode));
		});
	}

}
