package vn.phoihop.programme;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BeneficiaryRepository extends JpaRepository<Beneficiary, Long> {

	/** Whether the household, or the person of it, is a current beneficiary of the programme. */
	@Query("""
			select count(b) > 0 from Beneficiary b where b.programme.id = :programme and b.householdId = :household
			  and ((:member is null and b.memberId is null) or b.memberId = :member) and b.leftOn is null""")
	boolean isCurrent(@Param("programme") Long programme, @Param("household") Long household,
			@Param("member") Long member);

	@Query("select distinct b.memberId from Beneficiary b where b.memberId in :members")
	List<Long> referencing(@Param("members") Collection<Long> members);

}
