package vn.phoihop.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MonthlyReviewRepository extends JpaRepository<MonthlyReview, Long> {

	Optional<MonthlyReview> findByPostIdAndMonth(Long postId, LocalDate month);

	/**
	 * Stores the post's empty review of the month unless it exists: when two transactions do this at once, the
	 * second insert waits for the first one's and then does nothing, where saving a new entity failed on the key.
	 */
	@Modifying
	@Query(value = """
			insert into monthly_review (post_id, month, created_at, created_by, updated_at, updated_by)
			values (:postId, :month, now(), :by, now(), :by) on conflict (post_id, month) do nothing""",
			nativeQuery = true)
	int insertIfAbsent(@Param("postId") Long postId, @Param("month") LocalDate month, @Param("by") String by);

	/** The reviews of the posts for the months from {@code from} to {@code to} (first days of the months). */
	@Query("""
			select m from MonthlyReview m where has_id(:postIds, m.postId) and m.month between :from and :to
			order by m.month desc""")
	List<MonthlyReview> findByPostsBetween(@Param("postIds") Long[] postIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	@Query("""
			select count(m) from MonthlyReview m
			where m.postId = :postId and m.month between :from and :to and m.edition > :edition""")
	long countEditionsAbove(@Param("postId") Long postId, @Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("edition") int edition);

}
