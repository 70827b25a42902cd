package vn.phoihop.programme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeKindRepository extends JpaRepository<ProgrammeKind, Long> {

	List<ProgrammeKind> findAllByOrderBySortOrderAscIdAsc();

}
