package vn.phoihop.programme;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoihop.household.MemberReferences;

/** The household module's port filled: a member who is (or was) a programme's beneficiary is not removed. */
@Component
class ProgrammeMemberReferences implements MemberReferences {

	private final BeneficiaryRepository beneficiaries;

	ProgrammeMemberReferences(BeneficiaryRepository beneficiaries) {
		this.beneficiaries = beneficiaries;
	}

	@Override
	public Set<Long> referenced(Collection<Long> memberIds) {
		return memberIds.isEmpty() ? Set.of() : new HashSet<>(beneficiaries.referencing(memberIds));
	}

}
