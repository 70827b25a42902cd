package vn.phoihop.household;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditErasure;
import vn.phoihop.audit.AuditService;

/**
 * The household module's operation for the privacy module (docs/privacy.md §3 and §4): a household's personal fields
 * replaced by a placeholder, in the record and in its audit trail's snapshots, while its commune, village, members and
 * poverty records stay, so every figure (reports, reviews, population totals) stays exact. The caller decides who
 * may ask (a request's handler within their scope, or the retention purge).
 */
@Service
@Transactional
public class HouseholdAnonymisation {

	public static final String ACTION = "ANONYMISE";

	/** The snapshot fields ({@link Household#auditSnapshot()}) that hold personal data. */
	static final List<String> PERSONAL_FIELDS = List.of("headName", "ethnicity", "localGroup", "phone", "notes",
			"memberList");

	private final HouseholdRepository households;

	private final AuditService audit;

	private final AuditErasure erasure;

	private final JdbcTemplate jdbc;

	HouseholdAnonymisation(HouseholdRepository households, AuditService audit, AuditErasure erasure,
			JdbcTemplate jdbc) {
		this.households = households;
		this.audit = audit;
		this.erasure = erasure;
		this.jdbc = jdbc;
	}

	/** What an anonymised household's name reads: the same in every language, and traceable to its id. */
	public static String placeholder(long id) {
		return "\u0110\u00e3 \u1ea9n danh #" + id;
	}

	/**
	 * Anonymises the household (false when it already was, or does not exist), with the reason in its audit event.
	 */
	public boolean anonymise(long householdId, String reason) {
		Household h = households.findById(householdId).orElse(null);
		if (h == null || h.isAnonymised()) {
			return false;
		}
		h.anonymise(placeholder(householdId), Instant.now());
		households.saveAndFlush(h);
		erasure.erase(h.auditType(), householdId, PERSONAL_FIELDS, placeholder(householdId));
		audit.record(ACTION, h, reason, null, h.auditSnapshot());
		return true;
	}

	/** Archived households not yet anonymised that were archived before the time given, oldest first. */
	@Transactional(readOnly = true)
	public List<Long> archivedBefore(Instant cutoff, int limit) {
		return jdbc.queryForList("""
				select id from household where archived and anonymised_at is null and archived_at < ?
				order by archived_at, id limit ?""", Long.class, java.sql.Timestamp.from(cutoff), limit);
	}

}
