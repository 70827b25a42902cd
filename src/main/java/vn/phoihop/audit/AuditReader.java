package vn.phoihop.audit;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;

/**
 * Which events a user reads (docs/architecture.md, "Who reads the audit trail"): the administrator all of them; a
 * commander the events of their post and those of their scope's communes that belong to no post (an event of another
 * post about a commune both posts cover is that post's); every other role none. Bound as the three parameters of
 * {@link AuditRepository}'s scope condition.
 */
record AuditReader(boolean all, Long postId, Long[] communeIds) {

	/** The reader for the user, or null when the user reads no event. */
	static AuditReader of(CurrentUser user, AuditScope scopes) {
		if (user == null) {
			return null;
		}
		if (user.is(Role.ADMIN)) {
			return new AuditReader(true, -1L, new Long[0]);
		}
		if (user.is(Role.COMMANDER) && user.postId() != null) {
			return new AuditReader(false, user.postId(), scopes.communeIds(user).toArray(Long[]::new));
		}
		return null;
	}

}
