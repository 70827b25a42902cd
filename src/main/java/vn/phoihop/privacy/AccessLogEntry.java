package vn.phoihop.privacy;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One row of the access log: who reached which households of one commune, when, how (a page, a list shown unmasked,
 * an export), whether the sensitive fields were shown, and the purpose given for an unmasked export.
 */
public record AccessLogEntry(long id, ZonedDateTime at, String username, String role, String kind, boolean unmasked,
		long communeId, List<Long> householdIds, int records, String purpose, String what) {

	/** The households named in a row of the list (the first ten; the count says how many in all). */
	public List<Long> firstHouseholds() {
		return householdIds.size() <= 10 ? householdIds : householdIds.subList(0, 10);
	}

}
