package vn.phoihop.situation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SituationCategoryRepository extends JpaRepository<SituationCategory, Long> {

	List<SituationCategory> findAllByOrderBySortOrderAscIdAsc();

}
