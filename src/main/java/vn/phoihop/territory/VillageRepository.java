package vn.phoihop.territory;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VillageRepository extends JpaRepository<Village, Long> {

	@Query(value = """
			select v from Village v join fetch v.commune c
			where (:communeId is null or c.id = :communeId)
			  and (cast(:q as String) is null or search_key(v.name) like concat('%', search_key(cast(:q as String)), '%'))
			""", countQuery = """
			select count(v) from Village v
			where (:communeId is null or v.commune.id = :communeId)
			  and (cast(:q as String) is null or search_key(v.name) like concat('%', search_key(cast(:q as String)), '%'))
			""")
	Page<Village> search(@Param("q") String q, @Param("communeId") Long communeId, Pageable pageable);

	@Query("select v from Village v join fetch v.commune where has_id(:communeIds, v.commune.id) order by v.commune.name, v.name")
	List<Village> findByCommuneIds(@Param("communeIds") Long[] communeIds);

	@Query("select v from Village v join fetch v.commune order by v.commune.name, v.name")
	List<Village> findAllWithCommune();

	boolean existsByCommuneIdAndNameIgnoreCase(Long communeId, String name);

	boolean existsByCommuneIdAndNameIgnoreCaseAndIdNot(Long communeId, String name, Long id);

	@Query("select count(v) from Village v where has_id(:communeIds, v.commune.id)")
	long countInCommunes(@Param("communeIds") Long[] communeIds);

}
