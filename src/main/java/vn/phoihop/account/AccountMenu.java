package vn.phoihop.account;

import org.springframework.stereotype.Component;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;

/**
 * The layout's user menu ({@code ${@accountMenu.current()}}, as {@code shared.web.LayoutNav} for the main menu):
 * the user's own pages for everyone signed in, the audit log for a commander (the administrator has it in the
 * administration menu) and the kept mail for the administrator. It only hides links: SecurityConfig guards the routes.
 */
@Component("accountMenu")
public class AccountMenu {

	public record Entries(boolean audit, boolean mail) {
	}

	private static final Entries NONE = new Entries(false, false);

	public Entries current() {
		CurrentUser user = CurrentUser.get();
		if (user == null) {
			return NONE;
		}
		return new Entries(user.is(Role.COMMANDER), user.is(Role.ADMIN));
	}

}
