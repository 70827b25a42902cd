package vn.phoihop.border;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BorderMarkerRepository extends JpaRepository<BorderMarker, Long> {

	List<BorderMarker> findByPostIdOrderByPositionAscIdAsc(Long postId);

	@Query("select m from BorderMarker m where has_id(:communes, m.communeId) order by m.postId, m.position, m.id")
	List<BorderMarker> inCommunes(Long[] communes);

	boolean existsByPostIdAndNumberIgnoreCaseAndIdNot(Long postId, String number, Long id);

	boolean existsByPostIdAndNumberIgnoreCase(Long postId, String number);

}
