package vn.phoihop.household;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.security.CurrentUser;

/**
 * Says who reached households' personal data (issue 22 §2): a household's page is read and its opening published in
 * one transaction, so the access log's insert is part of the page's own work; a list shown with its sensitive fields
 * and an export publish theirs after the read.
 */
@Service
@Transactional
public class AccessRecords {

	private final HouseholdService households;

	private final ApplicationEventPublisher events;

	AccessRecords(HouseholdService households, ApplicationEventPublisher events) {
		this.households = households;
		this.events = events;
	}

	/** A household's page: read within the user's scope (404 outside it) and its opening recorded. */
	public Household open(CurrentUser user, Long id) {
		Household h = households.get(user, id);
		events.publishEvent(new PersonalDataAccessed(user.username(), user.role(), PersonalDataAccessed.Kind.VIEW,
				HouseholdAccess.canSeeSensitive(user), byCommune(List.of(h)), null, "/households/" + id));
		return h;
	}

	/**
	 * A page of another module that shows a household's or its members' personal data (a programme's beneficiary
	 * with a child's year of birth and school level): its opening recorded as a view of that household, in the
	 * caller's transaction. The household was read within the user's scope by the caller.
	 */
	public void shown(CurrentUser user, Household h, boolean unmasked, String what) {
		events.publishEvent(new PersonalDataAccessed(user.username(), user.role(), PersonalDataAccessed.Kind.VIEW,
				unmasked, byCommune(List.of(h)), null, cut(what)));
	}

	/** A list page shown with its sensitive fields. */
	public void listed(CurrentUser user, List<Household> shown, String what) {
		if (shown.isEmpty()) {
			return;
		}
		events.publishEvent(new PersonalDataAccessed(user.username(), user.role(), PersonalDataAccessed.Kind.LIST,
				true, byCommune(shown), null, what));
	}

	/**
	 * An export: the audit trail's entry (HouseholdService.recordExport) and the access log's, in one transaction
	 * after the file was written.
	 */
	public void exported(CurrentUser user, Map<Long, List<Long>> byCommune, boolean unmasked, String purpose,
			String what, Long householdId) {
		long rows = byCommune.values().stream().mapToLong(List::size).sum();
		households.recordExport(user, what + (unmasked ? " unmasked" : ""), householdId, rows);
		if (rows > 0) {
			events.publishEvent(new PersonalDataAccessed(user.username(), user.role(),
					PersonalDataAccessed.Kind.EXPORT, unmasked, byCommune, purpose, cut(what)));
		}
	}

	/** The households' ids by their commune, in the order given. */
	static Map<Long, List<Long>> byCommune(Collection<Household> shown) {
		Map<Long, List<Long>> map = new LinkedHashMap<>();
		for (Household h : shown) {
			map.computeIfAbsent(h.getCommuneId(), c -> new ArrayList<>()).add(h.getId());
		}
		return map;
	}

	private static String cut(String what) {
		return what == null || what.length() <= 300 ? what : what.substring(0, 300);
	}

}
