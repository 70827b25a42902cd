package vn.phoihop.border;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.ScopeService;

/**
 * Who reads the border segment and who changes it (docs/design.md §12): the post's commander and cadres read their
 * post's markers, a commune official the markers in their commune (with its predecessors), the administrator any
 * post's; the commander keeps the markers and sets the inspection period; the commander, the post's cadres and the
 * commune's officials record inspections. The provincial command reads the coverage through the reports, not here.
 */
@Component
class BorderAccess {

	private final ScopeService scopes;

	BorderAccess(ScopeService scopes) {
		this.scopes = scopes;
	}

	void requireReader(CurrentUser user) {
		if (user == null || user.role() == Role.VIEWER) {
			throw new AccessDeniedException("border markers");
		}
	}

	boolean mayManage(CurrentUser user) {
		return user != null && user.role() == Role.COMMANDER && user.postId() != null;
	}

	void requireManager(CurrentUser user) {
		if (!mayManage(user)) {
			throw new AccessDeniedException("border markers");
		}
	}

	/** The marker, when the user reads it; else 404. */
	BorderMarker readable(CurrentUser user, BorderMarker marker) {
		requireReader(user);
		if (marker == null || !reads(user, marker)) {
			throw new NotFoundException();
		}
		return marker;
	}

	boolean reads(CurrentUser user, BorderMarker marker) {
		return switch (user.role()) {
			case ADMIN -> true;
			case COMMANDER, POST_CADRE -> marker.getPostId().equals(user.postId());
			case COMMUNE_OFFICIAL -> scopes.scopeOf(user).includes(marker.getCommuneId());
			case VIEWER -> false;
		};
	}

	/** Who records an inspection of a marker they read: the post's people and the commune's officials. */
	boolean mayInspect(CurrentUser user, BorderMarker marker) {
		return user != null && user.role() != Role.ADMIN && user.role() != Role.VIEWER && reads(user, marker);
	}

	boolean mayManage(CurrentUser user, BorderMarker marker) {
		return mayManage(user) && marker.getPostId().equals(user.postId());
	}

}
