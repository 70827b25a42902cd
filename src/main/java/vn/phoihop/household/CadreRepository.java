package vn.phoihop.household;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CadreRepository extends JpaRepository<Cadre, Long> {

	/** Cadres of the posts that cover any of the given communes. */
	@Query(value = """
			select c.* from cadre c
			where c.post_id in (select pc.post_id from post_coverage pc where pc.commune_id = any(:communeIds))
			order by c.name, c.id""", nativeQuery = true)
	List<Cadre> findCoveringCommunes(@Param("communeIds") Long[] communeIds);

	List<Cadre> findAllByOrderByNameAscIdAsc();

	List<Cadre> findByPostIdOrderByNameAscIdAsc(Long postId);

}
