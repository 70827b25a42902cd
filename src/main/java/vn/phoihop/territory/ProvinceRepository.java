package vn.phoihop.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, Long> {

	Optional<Province> findByCodeIgnoreCase(String code);

	List<Province> findAllByOrderByNameAsc();

}
