package vn.phoihop.plan;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CoordinationPlanRepository extends JpaRepository<CoordinationPlan, Long> {

	/**
	 * Who reads a plan ({@link PlanAccess}): everyone ({@code all}), its post's people ({@code postId}), and those whose
	 * scope ({@code ids}) meets one of its agreement's communes.
	 */
	String READABLE = " (:all = true or p.postId = :postId or exists (select 1 from Agreement g join g.communeIds c"
			+ " where g.id = p.agreementId and has_id(:ids, c))) ";

	/** A page of the plans the user reads with their agreement, newest year first; {@code year} 0: every year. */
	@Query(value = "select p, a from CoordinationPlan p, Agreement a where a.id = p.agreementId and" + READABLE
			+ " and (:year = 0 or p.year = :year) order by p.year desc, a.number, p.id",
			countQuery = "select count(p) from CoordinationPlan p where" + READABLE + " and (:year = 0 or p.year = :year)")
	Page<Object[]> readable(@Param("all") boolean all, @Param("postId") Long postId, @Param("ids") Long[] ids,
			@Param("year") int year, Pageable pageable);

	@Query("select p from CoordinationPlan p where p.id = :id and" + READABLE)
	Optional<CoordinationPlan> findReadable(@Param("id") Long id, @Param("all") boolean all,
			@Param("postId") Long postId, @Param("ids") Long[] ids);

	/** The plan locked for a change of its items or its status: an item is never saved into a plan being approved. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from CoordinationPlan p where p.id = :id")
	Optional<CoordinationPlan> lockById(@Param("id") Long id);

	boolean existsByAgreementIdAndYear(Long agreementId, int year);

}
