package vn.phoihop.programme;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeKindRepository extends JpaRepository<ProgrammeKind, Long> {

}
