package vn.phoihop.household;

import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;

/** docs/design.md §4 and §6 for the population side: who may see personal data, and who may change it. */
public final class HouseholdAccess {

	private HouseholdAccess() {
	}

	/** Households are personal data: a VIEWER sees aggregates only. */
	public static boolean canReadPersonalData(CurrentUser user) {
		return user != null && user.role() != Role.VIEWER;
	}

	/**
	 * Sensitive fields (ethnicity and local group, docs/privacy.md §2) are shown to the officials of the household's
	 * commune and to the commander of the post covering it: the household is in their scope once it was read, so the
	 * role decides. Post cadres and the administrator see them masked.
	 */
	public static boolean canSeeSensitive(CurrentUser user) {
		return user != null && (user.role() == Role.COMMUNE_OFFICIAL || user.role() == Role.COMMANDER);
	}

	/**
	 * A member's year of birth and school level (a child's, mostly: docs/privacy.md §2) are shown unmasked to those who
	 * see the sensitive fields; the others who read the household see the members' names and relations.
	 */
	public static boolean canSeeMemberDetails(CurrentUser user) {
		return canSeeSensitive(user);
	}

	/** A phone number is for those who work with the household: not the administrator (docs/privacy.md §2). */
	public static boolean canSeePhone(CurrentUser user) {
		return canReadPersonalData(user) && user.role() != Role.ADMIN;
	}

	/**
	 * An export with more than the masked fields: for those who see more than the mask on the screen (everyone who
	 * reads households but the administrator).
	 */
	public static boolean canExportUnmasked(CurrentUser user) {
		return canSeeSensitive(user) || canSeePhone(user);
	}

	/** Who reads a household's access history: the administrator and the commander (as the privacy module's log). */
	public static boolean canSeeAccessHistory(CurrentUser user) {
		return user != null && (user.role() == Role.ADMIN || user.role() == Role.COMMANDER);
	}

	/** A commune official manages the households, groups and models of their own commune. */
	public static boolean canManage(CurrentUser user) {
		return user != null && user.role() == Role.COMMUNE_OFFICIAL && user.communeId() != null;
	}

	/** The post's commander manages its cadres and their assignments. */
	public static boolean canManageCadres(CurrentUser user) {
		return user != null && user.role() == Role.COMMANDER && user.postId() != null;
	}

	static void requireRead(CurrentUser user) {
		if (!canReadPersonalData(user)) {
			throw new AccessDeniedException("personal data");
		}
	}

	static void requireExportUnmasked(CurrentUser user) {
		if (!canExportUnmasked(user)) {
			throw new AccessDeniedException("masked only");
		}
	}

	static void requireManage(CurrentUser user) {
		if (!canManage(user)) {
			throw new AccessDeniedException("read only");
		}
	}

	static void requireManageCadres(CurrentUser user) {
		if (!canManageCadres(user)) {
			throw new AccessDeniedException("read only");
		}
	}

}
