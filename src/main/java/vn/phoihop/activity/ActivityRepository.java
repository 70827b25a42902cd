package vn.phoihop.activity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Activities as entities, to edit them; the log's lists and totals are read by SQL ({@link ActivityFilter#where}). */
interface ActivityRepository extends JpaRepository<Activity, Long> {

	@Query("select a from Activity a where a.id = :id and (:all = true or has_id(:ids, a.communeId))")
	Optional<Activity> findInScope(@Param("id") Long id, @Param("all") boolean all, @Param("ids") Long[] ids);

}
