package vn.phoihop.shared.db;

import java.util.Collection;

/** Ids as the one array parameter of {@code has_id(:ids, x)} (see {@link HqlFunctions}). */
public final class Ids {

	private Ids() {
	}

	public static Long[] of(Collection<Long> ids) {
		return ids.toArray(Long[]::new);
	}

}
