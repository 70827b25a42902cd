package vn.phoihop.deadline;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostDeadlineRepository extends JpaRepository<PostDeadline, Long> {

}
