package vn.phoihop.household;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HouseholdRepository extends JpaRepository<Household, Long> {

	/**
	 * The name filter compares the stored key {@code head_key} (V044: {@code search_key(head_name)}, computed once per
	 * row, not once per row and search). It has two forms. The whole country ({@code all}) uses its trigram index. A
	 * scope of communes reads its own households by the commune index and filters them by {@code locate}
	 * (PostgreSQL's {@code position}: the planner cannot answer it with the trigram index, and the name typed is
	 * taken literally, {@code %} and {@code _} included; docs/performance.md, "Text filters within a scope"): a
	 * common name such as "nguyen" matches 226,000 of 1.5 million households nationally, and intersecting that
	 * bitmap with the post's 3,000 households cost 110-135 ms, against 2 ms for filtering the 3,000
	 * (docs/performance.md).
	 */
	String FILTER = """
			where (:all = true or has_id(:communeIds, h.communeId))
			  and h.archived = :archived
			  and (cast(:q as String) is null
			       or (:all = true and h.headKey like concat('%', search_key(cast(:q as String)), '%'))
			       or (:all = false and locate(search_key(cast(:q as String)), h.headKey) > 0))
			  and (:communeId is null or h.communeId = :communeId)
			  and (:villageId is null or h.villageId = :villageId)
			  and (:status is null or h.povertyStatus = :status)
			  and (cast(:ethnicity as String) is null or h.ethnicity = cast(:ethnicity as String))
			  and (:cadreId is null or h.cadreId = :cadreId)
			""";

	@Query(value = "select h from Household h " + FILTER, countQuery = "select count(h) from Household h " + FILTER)
	Page<Household> search(@Param("all") boolean all, @Param("communeIds") Long[] communeIds,
			@Param("archived") boolean archived, @Param("q") String q, @Param("communeId") Long communeId,
			@Param("villageId") Long villageId, @Param("status") PovertyStatus status, @Param("ethnicity") String ethnicity,
			@Param("cadreId") Long cadreId, Pageable pageable);

	/** A page of the list's rows (its totals are counted and kept apart: HouseholdService.list). */
	@Query("select h from Household h " + FILTER)
	Slice<Household> slice(@Param("all") boolean all, @Param("communeIds") Long[] communeIds,
			@Param("archived") boolean archived, @Param("q") String q, @Param("communeId") Long communeId,
			@Param("villageId") Long villageId, @Param("status") PovertyStatus status, @Param("ethnicity") String ethnicity,
			@Param("cadreId") Long cadreId, Pageable pageable);

	@Query("select new vn.phoihop.household.HouseholdTotals(count(h), coalesce(sum(h.members), 0)) from Household h "
			+ FILTER)
	HouseholdTotals totals(@Param("all") boolean all, @Param("communeIds") Long[] communeIds,
			@Param("archived") boolean archived, @Param("q") String q, @Param("communeId") Long communeId,
			@Param("villageId") Long villageId, @Param("status") PovertyStatus status, @Param("ethnicity") String ethnicity,
			@Param("cadreId") Long cadreId);

	@Query("select h from Household h where h.id = :id and (:all = true or has_id(:communeIds, h.communeId))")
	Optional<Household> findInScope(@Param("id") Long id, @Param("all") boolean all,
			@Param("communeIds") Long[] communeIds);

	@Query("""
			select count(h) > 0 from Household h
			where h.villageId = :villageId and h.archived = false
			  and h.headKey = search_key(cast(:name as String)) and (:id is null or h.id <> :id)""")
	boolean duplicateExists(@Param("villageId") Long villageId, @Param("name") String name, @Param("id") Long id);

	@Query("""
			select h from Household h
			where h.villageId = :villageId and h.archived = false and (:all = true or has_id(:communeIds, h.communeId))
			order by h.headName, h.id""")
	List<Household> findInVillage(@Param("villageId") Long villageId, @Param("all") boolean all,
			@Param("communeIds") Long[] communeIds);

	@Query("""
			select h from Household h
			where has_id(:ids, h.id) and (:all = true or has_id(:communeIds, h.communeId))
			order by h.headName, h.id""")
	List<Household> findAllInScope(@Param("ids") Long[] ids, @Param("all") boolean all,
			@Param("communeIds") Long[] communeIds);

	/** Households of a scope by the head's or a listed member's name, or of a village (HouseholdPeople). */
	@Query("""
			select h from Household h
			where (:all = true or has_id(:communeIds, h.communeId)) and h.archived = false
			  and (:villageId is null or h.villageId = :villageId)
			  and (cast(:q as String) is null
			       or locate(search_key(cast(:q as String)), h.headKey) > 0
			       or exists (select 1 from HouseholdMember m where m.household = h
			                  and locate(search_key(cast(:q as String)), m.nameKey) > 0))
			order by h.headName, h.id""")
	List<Household> findPeople(@Param("all") boolean all, @Param("communeIds") Long[] communeIds,
			@Param("q") String q, @Param("villageId") Long villageId, Pageable pageable);

}
