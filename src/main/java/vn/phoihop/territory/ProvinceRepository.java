package vn.phoihop.territory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProvinceRepository extends JpaRepository<Province, Long> {

	// not derived: "upper(:code)" (a parameter inside a function's last argument) keeps Hibernate from caching the
	// query's plan (HqlFunctions); the code is upper-cased here
	@Query("select x from Province x where upper(x.code) = :upper")
	Optional<Province> findByUpperCode(@Param("upper") String upperCode);

	default Optional<Province> findByCodeIgnoreCase(String code) {
		return findByUpperCode(code.toUpperCase(Locale.ROOT));
	}

	List<Province> findAllByOrderByNameAsc();

}
