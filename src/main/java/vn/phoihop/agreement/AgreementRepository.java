package vn.phoihop.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

	String IN_SCOPE = " (:all = true or exists (select 1 from Agreement s join s.communeIds sc where s = a and has_id(:ids, sc))) ";

	@Query(value = "select a from Agreement a where" + IN_SCOPE
			+ " and (cast(:status as String) is null or cast(a.status as String) = cast(:status as String))",
			countQuery = "select count(a) from Agreement a where" + IN_SCOPE
					+ " and (cast(:status as String) is null or cast(a.status as String) = cast(:status as String))")
	Page<Agreement> search(@Param("all") boolean all, @Param("ids") Long[] ids,
			@Param("status") String status, Pageable pageable);

	@Query("select a from Agreement a where a.id = :id and" + IN_SCOPE)
	Optional<Agreement> findInScope(@Param("id") Long id, @Param("all") boolean all, @Param("ids") Long[] ids);

	/** Agreements valid on a day whose communes include one of the given (a commune and its predecessors). */
	@Query("""
			select distinct a from Agreement a join a.communeIds c
			where has_id(:communeIds, c) and a.validFrom <= :day and a.validTo >= :day
			  and a.status <> vn.phoihop.agreement.AgreementStatus.DRAFT
			order by a.validFrom desc
			""")
	List<Agreement> validOn(@Param("communeIds") Long[] communeIds, @Param("day") LocalDate day);

	/**
	 * {@link #validOn} with each agreement's communes read in the same statement (all of them, not only those
	 * given): a month's review matches every agreement to the current communes its communes merged into.
	 */
	@Query("""
			select a from Agreement a left join fetch a.communeIds
			where a.validFrom <= :day and a.validTo >= :day
			  and a.status <> vn.phoihop.agreement.AgreementStatus.DRAFT
			  and exists (select 1 from Agreement b join b.communeIds c where b.id = a.id and has_id(:communeIds, c))
			order by a.validFrom desc
			""")
	List<Agreement> validOnWithCommunes(@Param("communeIds") Long[] communeIds, @Param("day") LocalDate day);

	@Query("select a from Agreement a where a.postId = :postId and a.id <> :id order by a.validFrom desc")
	List<Agreement> othersOfPost(@Param("postId") Long postId, @Param("id") Long id);

}
