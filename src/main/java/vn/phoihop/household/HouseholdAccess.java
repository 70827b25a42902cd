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
