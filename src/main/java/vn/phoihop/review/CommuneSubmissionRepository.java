package vn.phoihop.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommuneSubmissionRepository extends JpaRepository<CommuneSubmission, Long> {

	List<CommuneSubmission> findByReviewIdOrderByCommuneId(Long reviewId);

	Optional<CommuneSubmission> findByReviewIdAndCommuneId(Long reviewId, Long communeId);

	@Query("select s from CommuneSubmission s where has_id(:reviewIds, s.review.id) and s.communeId = :communeId")
	List<CommuneSubmission> findByReviewsAndCommune(@Param("reviewIds") Long[] reviewIds,
			@Param("communeId") Long communeId);

	/** Submissions in a status to the posts' open reviews (ten years of concluded months are not read). */
	@Query("select s from CommuneSubmission s join fetch s.review r where has_id(:postIds, r.postId) and s.status = :status "
			+ "and r.status = vn.phoihop.review.ReviewStatus.OPEN order by r.month desc, s.communeId")
	List<CommuneSubmission> findOpenByPostsAndStatus(@Param("postIds") Long[] postIds,
			@Param("status") SubmissionStatus status);

	/** Submissions in a status per review of the posts: [review id, count]. */
	@Query("select s.review.id, count(s) from CommuneSubmission s where has_id(:postIds, s.review.postId) "
			+ "and s.review.month between :from and :to and s.status = :status group by s.review.id")
	List<Object[]> countByPostsAndStatus(@Param("postIds") Long[] postIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to, @Param("status") SubmissionStatus status);

	/** A commune's submissions in a status to open reviews. */
	@Query("select s from CommuneSubmission s join fetch s.review r where s.communeId = :communeId "
			+ "and s.status = :status and r.status = vn.phoihop.review.ReviewStatus.OPEN order by r.month desc")
	List<CommuneSubmission> findOpenByCommuneAndStatus(@Param("communeId") Long communeId,
			@Param("status") SubmissionStatus status);

}
