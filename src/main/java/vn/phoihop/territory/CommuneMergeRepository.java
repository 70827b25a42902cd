package vn.phoihop.territory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommuneMergeRepository extends JpaRepository<CommuneMerge, Long> {

	@Query("select distinct m from CommuneMerge m join fetch m.newCommune left join fetch m.sources order by m.effectiveOn desc, m.id desc")
	List<CommuneMerge> findAllForList();

}
