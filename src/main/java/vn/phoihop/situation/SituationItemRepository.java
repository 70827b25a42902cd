package vn.phoihop.situation;

import org.springframework.data.jpa.repository.JpaRepository;

interface SituationItemRepository extends JpaRepository<SituationItem, Long> {

}
