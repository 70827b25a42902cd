package vn.phoihop.household;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EconomicModelRepository extends JpaRepository<EconomicModel, Long> {

	@Query("select m from EconomicModel m where (:all = true or has_id(:communeIds, m.communeId)) order by m.name, m.id")
	List<EconomicModel> findInScope(@Param("all") boolean all, @Param("communeIds") Long[] communeIds);

	@Query("select m from EconomicModel m where m.id = :id and (:all = true or has_id(:communeIds, m.communeId))")
	Optional<EconomicModel> findInScope(@Param("id") Long id, @Param("all") boolean all,
			@Param("communeIds") Long[] communeIds);

}
