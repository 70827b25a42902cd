package vn.phoihop.household;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CadreRepository extends JpaRepository<Cadre, Long> {

	/**
	 * Cadres of the posts that cover any of the given communes. In HQL, not native SQL: Hibernate maps a native
	 * query's result set to the entity anew on every execution, a seventh of the month's review page's CPU
	 * (docs/performance.md, "Few statements per page").
	 */
	@Query("""
			select c from Cadre c
			where c.postId in (select pc.post.id from PostCoverage pc where has_id(:communeIds, pc.commune.id))
			order by c.name, c.id""")
	List<Cadre> findCoveringCommunes(@Param("communeIds") Long[] communeIds);

	List<Cadre> findAllByOrderByNameAscIdAsc();

	List<Cadre> findByPostIdOrderByNameAscIdAsc(Long postId);

}
