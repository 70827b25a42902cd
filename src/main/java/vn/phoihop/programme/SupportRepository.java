package vn.phoihop.programme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupportRepository extends JpaRepository<Support, Long> {

	@Query("select s from Support s where s.beneficiary.id = :beneficiary order by s.givenOn desc, s.id desc")
	List<Support> findByBeneficiary(@Param("beneficiary") Long beneficiary);

}
