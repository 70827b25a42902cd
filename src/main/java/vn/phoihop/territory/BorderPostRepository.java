package vn.phoihop.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BorderPostRepository extends JpaRepository<BorderPost, Long> {

	// not derived: "upper(:code)" (a parameter inside a function's last argument) keeps Hibernate from caching the
	// query's plan (HqlFunctions); the code is upper-cased here
	@Query("select x from BorderPost x where upper(x.code) = :upper")
	Optional<BorderPost> findByUpperCode(@Param("upper") String upperCode);

	default Optional<BorderPost> findByCodeIgnoreCase(String code) {
		return findByUpperCode(code.toUpperCase(Locale.ROOT));
	}

	@Query("select p from BorderPost p join fetch p.province order by p.province.name, p.name")
	List<BorderPost> findAllForLists();

	/** id and name of every post: names without loading 500 entities (national scale). */
	@Query("select p.id, p.name from BorderPost p")
	List<Object[]> findAllNames();

	@Query("select p from BorderPost p join fetch p.province where p.province.id = :provinceId order by p.name")
	List<BorderPost> findByProvince(@Param("provinceId") Long provinceId);

	@Query("select distinct p from PostCoverage c join c.post p join fetch p.province where c.commune.id = :communeId "
			+ "order by p.name")
	List<BorderPost> findCovering(@Param("communeId") Long communeId);

	/** [post id, number of communes it covers on the day that still exist] for each post. */
	@Query("select c.post.id, count(distinct c.commune.id) from PostCoverage c where has_id(:postIds, c.post.id) "
			+ "and c.validFrom <= :day and (c.validTo is null or c.validTo >= :day) and c.commune.mergedInto is null "
			+ "group by c.post.id")
	List<Object[]> currentCommuneCounts(@Param("postIds") Long[] postIds,
			@Param("day") LocalDate day);

	@Query("select distinct c.commune.id from PostCoverage c where c.post.id = :postId")
	List<Long> coveredCommuneIds(@Param("postId") Long postId);

	@Query("select c from PostCoverage c join fetch c.commune where c.post.id = :postId order by c.validFrom, c.id")
	List<PostCoverage> coverage(@Param("postId") Long postId);

}
