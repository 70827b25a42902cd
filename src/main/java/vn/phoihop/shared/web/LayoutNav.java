package vn.phoihop.shared.web;

import org.springframework.stereotype.Component;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;

/**
 * Which menu entries the layout shows, read once per page as {@code ${@layoutNav.current()}}. It replaced eleven
 * {@code sec:authorize} attributes: each one parsed its access expression again on every page, about 7 % of the CPU
 * of a page under load (docs/performance.md). A bean rather than a model attribute, so error pages (rendered
 * without the controller advice) get it too. The server still checks every route (SecurityConfig); this only
 * hides the links a role cannot use.
 */
@Component("layoutNav")
public class LayoutNav {

	public record Entries(boolean signedIn, String fullName, boolean tasks, boolean records, boolean admin,
			boolean privacyRequests) {
	}

	private static final Entries ANONYMOUS = new Entries(false, null, false, false, false, false);

	public Entries current() {
		CurrentUser user = CurrentUser.get();
		if (user == null) {
			return ANONYMOUS;
		}
		Role r = user.role();
		return new Entries(true, user.fullName(), r == Role.COMMANDER || r == Role.POST_CADRE,
				r != Role.VIEWER, r == Role.ADMIN,
				r == Role.ADMIN || r == Role.COMMANDER || r == Role.COMMUNE_OFFICIAL);
	}

}
