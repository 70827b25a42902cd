package vn.phoihop.privacy.request;

import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;

/**
 * Who may read and handle the requests (docs/privacy.md §1): the officials of the household's commune and the
 * commander of the post covering it handle them, the administrator reads them all; the post's cadres and the provincial
 * command see none. Which requests is the scope's business ({@code ScopeService}, in the queries).
 */
public final class RequestAccess {

	private RequestAccess() {
	}

	public static boolean canRead(CurrentUser user) {
		return user != null && (user.role() == Role.ADMIN || canHandle(user));
	}

	public static boolean canHandle(CurrentUser user) {
		return user != null && ((user.role() == Role.COMMUNE_OFFICIAL && user.communeId() != null)
				|| (user.role() == Role.COMMANDER && user.postId() != null));
	}

	static void requireRead(CurrentUser user) {
		if (!canRead(user)) {
			throw new AccessDeniedException("privacy requests");
		}
	}

	static void requireHandle(CurrentUser user) {
		if (!canHandle(user)) {
			throw new AccessDeniedException("privacy requests: read only");
		}
	}

}
