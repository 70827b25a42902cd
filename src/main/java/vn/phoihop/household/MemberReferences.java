package vn.phoihop.household;

import java.util.Collection;
import java.util.Set;

/**
 * A port for the modules that name a household's members (a programme's beneficiary): asked before a member is
 * removed from the household's list, so that a person someone refers to is not deleted under them. The household
 * module defines it and does not know who implements it (the arrow stays one-way, as agreement.ActualFigures).
 */
public interface MemberReferences {

	/** Of the members given, the ids this module refers to. */
	Set<Long> referenced(Collection<Long> memberIds);

}
