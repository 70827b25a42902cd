package vn.phoihop.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskRepository extends JpaRepository<Task, Long> {

	@Query("select t from Task t join fetch t.review where t.review.id = :reviewId order by t.dueDate, t.id")
	List<Task> findByReview(@Param("reviewId") Long reviewId);

	/** The tasks of these reviews (a month's page shows its own and the month before's). */
	@Query("select t from Task t join fetch t.review where has_id(:reviewIds, t.review.id) order by t.dueDate, t.id")
	List<Task> findByReviews(@Param("reviewIds") Long[] reviewIds);

	@Query("select t from Task t join fetch t.review r where r.postId = :postId order by t.status desc, t.dueDate, t.id")
	List<Task> findByPost(@Param("postId") Long postId);

	@Query("select t from Task t join fetch t.review where has_id(:cadreIds, t.cadreId) order by t.status desc, t.dueDate, t.id")
	List<Task> findByCadres(@Param("cadreIds") Long[] cadreIds);

	@Query("select t from Task t join fetch t.review r where t.id = :id and r.postId = :postId")
	Optional<Task> findInPost(@Param("id") Long id, @Param("postId") Long postId);

	@Query("select t from Task t join fetch t.review where has_id(:cadreIds, t.cadreId) and t.status = vn.phoihop.review.TaskStatus.OPEN "
			+ "and t.dueDate <= :until order by t.dueDate, t.id")
	List<Task> findDue(@Param("cadreIds") Long[] cadreIds, @Param("until") LocalDate until);

}
