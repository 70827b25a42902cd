package vn.phoihop.household;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EconomicModelRepository extends JpaRepository<EconomicModel, Long> {

	@Query("select m from EconomicModel m where (:all = true or m.communeId in :communeIds) order by m.name, m.id")
	List<EconomicModel> findInScope(@Param("all") boolean all, @Param("communeIds") Collection<Long> communeIds);

	@Query("select m from EconomicModel m where m.id = :id and (:all = true or m.communeId in :communeIds)")
	Optional<EconomicModel> findInScope(@Param("id") Long id, @Param("all") boolean all,
			@Param("communeIds") Collection<Long> communeIds);

}
