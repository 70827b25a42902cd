package vn.phoihop.household;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	@Query("select a from Assignment a join fetch a.cadre where a.cadre.id = :cadreId order by a.validFrom desc, a.id desc")
	List<Assignment> findByCadre(@Param("cadreId") Long cadreId);

	@Query("select a from Assignment a join fetch a.cadre where a.villageId = :villageId order by a.validFrom desc, a.id desc")
	List<Assignment> findByVillage(@Param("villageId") Long villageId);

	@Query("select a from Assignment a join fetch a.cadre where has_id(:householdIds, a.householdId) order by a.validFrom desc")
	List<Assignment> findByHouseholds(@Param("householdIds") Long[] householdIds);

}
