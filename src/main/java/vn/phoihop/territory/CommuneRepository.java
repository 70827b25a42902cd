package vn.phoihop.territory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommuneRepository extends JpaRepository<Commune, Long> {

	// not derived: "upper(:code)" (a parameter inside a function's last argument) keeps Hibernate from caching the
	// query's plan (HqlFunctions); the code is upper-cased here
	@Query("select x from Commune x where upper(x.code) = :upper")
	Optional<Commune> findByUpperCode(@Param("upper") String upperCode);

	default Optional<Commune> findByCodeIgnoreCase(String code) {
		return findByUpperCode(code.toUpperCase(Locale.ROOT));
	}

	@Query("select c from Commune c join fetch c.province left join fetch c.mergedInto order by c.province.name, c.name, c.id")
	List<Commune> findAllForLists();

	/** id, name, former district of every commune: labels without loading 1,500 entities (national scale). */
	@Query("select c.id, c.name, c.formerDistrict from Commune c")
	List<Object[]> findAllLabels();

	@Query("select c.id, c.name, c.formerDistrict from Commune c where has_id(:ids, c.id)")
	List<Object[]> findLabels(@Param("ids") Long[] ids);

	@Query("""
			select c from Commune c join fetch c.province left join fetch c.mergedInto where has_id(:ids, c.id)
			order by c.province.name, c.name, c.id""")
	List<Commune> findForLists(@Param("ids") Long[] ids);

	@Query(value = """
			select c from Commune c join fetch c.province left join fetch c.mergedInto
			where (:provinceId is null or c.province.id = :provinceId)
			  and (cast(:q as String) is null or search_key(c.name) like concat('%', search_key(cast(:q as String)), '%')
			       or lower(c.code) like concat('%', lower(cast(:q as String)), '%'))
			""", countQuery = """
			select count(c) from Commune c
			where (:provinceId is null or c.province.id = :provinceId)
			  and (cast(:q as String) is null or search_key(c.name) like concat('%', search_key(cast(:q as String)), '%')
			       or lower(c.code) like concat('%', lower(cast(:q as String)), '%'))
			""")
	Page<Commune> search(@Param("q") String q, @Param("provinceId") Long provinceId, Pageable pageable);

	/** The commune and every commune merged into it, directly or through earlier merges. */
	@Query(value = """
			with recursive tree(id) as (
			  select id from commune where id in (:ids)
			  union
			  select c.id from commune c join tree t on c.merged_into_id = t.id
			)
			select id from tree
			""", nativeQuery = true)
	List<Long> withPredecessors(@Param("ids") Collection<Long> ids);

	@Query("select c.id from Commune c where c.province.id = :provinceId")
	List<Long> idsInProvince(@Param("provinceId") Long provinceId);

	List<Commune> findByMergedIntoIdOrderByName(Long id);

	@Query("select c from Commune c join fetch c.province left join fetch c.mergedInto where c.id = :id")
	Optional<Commune> findForPage(@Param("id") Long id);

}
