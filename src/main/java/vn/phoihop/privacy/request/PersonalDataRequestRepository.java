package vn.phoihop.privacy.request;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonalDataRequestRepository extends JpaRepository<PersonalDataRequest, Long> {

	/** The scope predicate first; the filter's values each once (RequestFilter). */
	String FILTER = """
			where (:all = true or has_id(:communeIds, r.communeId))
			  and (cast(:q as String) is null
			       or locate(search_key(cast(:q as String)), search_key(r.requesterName)) > 0
			       or locate(search_key(cast(:q as String)), search_key(coalesce(r.personName, ''))) > 0)
			  and (:kind is null or r.kind = :kind)
			  and (:status is null or r.status = :status)
			  and (:householdId is null or r.householdId = :householdId)
			  and (:overdue = false or (r.closedAt is null and r.dueOn < :today))
			""";

	@Query(value = "select r from PersonalDataRequest r " + FILTER,
			countQuery = "select count(r) from PersonalDataRequest r " + FILTER)
	Page<PersonalDataRequest> search(@Param("all") boolean all, @Param("communeIds") Long[] communeIds,
			@Param("q") String q, @Param("kind") RequestKind kind, @Param("status") RequestStatus status,
			@Param("householdId") Long householdId, @Param("overdue") boolean overdue, @Param("today") LocalDate today,
			Pageable pageable);

	@Query("""
			select count(r) from PersonalDataRequest r where (:all = true or has_id(:communeIds, r.communeId))
			  and r.closedAt is null and r.dueOn < :today""")
	long countOverdue(@Param("all") boolean all, @Param("communeIds") Long[] communeIds,
			@Param("today") LocalDate today);

	@Query("select r from PersonalDataRequest r where r.id = :id and (:all = true or has_id(:communeIds, r.communeId))")
	Optional<PersonalDataRequest> findInScope(@Param("id") Long id, @Param("all") boolean all,
			@Param("communeIds") Long[] communeIds);

}
