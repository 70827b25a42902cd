package vn.phoihop.situation;

import org.springframework.data.jpa.repository.JpaRepository;

interface SituationCategoryRepository extends JpaRepository<SituationCategory, Long> {

}
