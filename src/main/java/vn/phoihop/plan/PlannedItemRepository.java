package vn.phoihop.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlannedItemRepository extends JpaRepository<PlannedItem, Long> {

	@Query("select i from PlannedItem i join fetch i.plan p where i.id = :id and p.id = :planId")
	Optional<PlannedItem> findInPlan(@Param("id") Long id, @Param("planId") Long planId);

}
