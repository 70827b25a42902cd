package vn.phoihop.household;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/**
 * The people of the households for other modules (a programme choosing its beneficiaries): households of the
 * user's scope found by the head's or a member's name, with their listed members. Personal data: read only by those
 * who read households, within their scope, as every household read.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdPeople {

	private final HouseholdRepository households;

	private final ScopeService scopes;

	HouseholdPeople(HouseholdRepository households, ScopeService scopes) {
		this.households = households;
		this.scopes = scopes;
	}

	/**
	 * Households not archived of the user's scope (or of one of its villages) whose head's or a listed member's name
	 * contains what was typed (accents ignored), by name, at most {@code limit}; each with its members.
	 */
	public List<Household> find(CurrentUser user, String q, Long villageId, int limit) {
		HouseholdAccess.requireRead(user);
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text == null && villageId == null) {
			return List.of();
		}
		Scope s = scopes.scopeOf(user);
		List<Household> found = households.findPeople(s.all(), s.idsForQuery(), text, villageId,
				PageRequest.of(0, limit));
		found.forEach(h -> h.getMemberList().size());
		return found;
	}

}
