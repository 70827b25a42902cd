package vn.phoihop.household;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ModelSupportRepository extends JpaRepository<ModelSupport, Long> {

	@Query("select s from ModelSupport s where s.model.id = :modelId order by s.givenOn, s.id")
	List<ModelSupport> findByModel(@Param("modelId") Long modelId);

}
