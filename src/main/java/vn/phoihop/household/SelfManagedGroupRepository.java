package vn.phoihop.household;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SelfManagedGroupRepository extends JpaRepository<SelfManagedGroup, Long> {

	@Query("""
			select g from SelfManagedGroup g
			where (:all = true or has_id(:communeIds, g.communeId)) and (:type is null or g.type = :type)
			order by g.type, g.name, g.id""")
	List<SelfManagedGroup> findInScope(@Param("all") boolean all, @Param("communeIds") Long[] communeIds,
			@Param("type") GroupType type);

	@Query("select g from SelfManagedGroup g where g.id = :id and (:all = true or has_id(:communeIds, g.communeId))")
	Optional<SelfManagedGroup> findInScope(@Param("id") Long id, @Param("all") boolean all,
			@Param("communeIds") Long[] communeIds);

}
