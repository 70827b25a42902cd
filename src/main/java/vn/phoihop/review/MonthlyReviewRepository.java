package vn.phoihop.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonthlyReviewRepository extends JpaRepository<MonthlyReview, Long> {

	Optional<MonthlyReview> findByPostIdAndMonth(Long postId, LocalDate month);

	List<MonthlyReview> findByPostIdInAndMonthIn(Collection<Long> postIds, Collection<LocalDate> months);

	List<MonthlyReview> findByPostIdInOrderByMonthDesc(Collection<Long> postIds);

	long countByPostIdAndMonthBetweenAndEditionGreaterThan(Long postId, LocalDate from, LocalDate to, int edition);

}
