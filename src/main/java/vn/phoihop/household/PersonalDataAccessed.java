package vn.phoihop.household;

import java.util.List;
import java.util.Map;

import vn.phoihop.shared.security.Role;

/**
 * Households' personal data was shown or exported (issue 22 §2): published in the reader's transaction by
 * {@link AccessRecords}, so a listener that writes the access log writes it in that transaction, with one insert per
 * commune reached. The household module does not know who keeps the log (the privacy module listens).
 *
 * @param householdsByCommune the households reached, by the commune each is registered in
 * @param unmasked whether the sensitive fields were shown (a detail page: for those who may see them)
 * @param purpose what the user gave as the purpose of an unmasked export, else null
 * @param what the page or file and its filter, for the log's reader
 */
public record PersonalDataAccessed(String username, Role role, Kind kind, boolean unmasked,
		Map<Long, List<Long>> householdsByCommune, String purpose, String what) {

	/** A household's page; a list shown with its sensitive fields; an export (CSV). */
	public enum Kind {
		VIEW, LIST, EXPORT
	}

}
