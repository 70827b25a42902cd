package vn.phoihop.territory;

import java.util.Set;

/**
 * The communes a user may see (docs/design.md §4), including the predecessors of merged communes. {@code all} is the
 * administrator's unrestricted scope. Repository queries take {@link #communeIds()} as their scope predicate.
 */
public record Scope(boolean all, Set<Long> communeIds) {

	public static final Scope NONE = new Scope(false, Set.of());

	public boolean includes(Long communeId) {
		return communeId != null && (all || communeIds.contains(communeId));
	}

	/** For {@code has_id(:ids, x)} in HQL (one {@code bigint[]} parameter; an empty array matches nothing). */
	public Long[] idsForQuery() {
		return communeIds.toArray(Long[]::new);
	}

}
