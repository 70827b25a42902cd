package vn.phoihop.border;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MarkerInspectionRepository extends JpaRepository<MarkerInspection, Long> {

	List<MarkerInspection> findByMarkerIdOrderByInspectedOnDescIdDesc(Long markerId);

	List<MarkerInspection> findByActivityIdOrderByIdAsc(Long activityId);

	@Modifying
	@Query("delete from MarkerInspection i where i.activityId = :activityId")
	void deleteByActivityId(Long activityId);

	/** The latest inspection of each marker given (one row per marker that has any). */
	@Query(value = """
			select distinct on (i.marker_id) i.* from marker_inspection i where i.marker_id = any(:markers)
			order by i.marker_id, i.inspected_on desc, i.id desc""", nativeQuery = true)
	List<MarkerInspection> latestOf(Long[] markers);

}
