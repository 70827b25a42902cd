package vn.phoihop.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditRepository extends JpaRepository<AuditEvent, Long> {

	/** The scope condition of {@link AuditReader}. */
	String READABLE = "(:all = true or e.postId = :postId or (e.postId is null and has_id(:communes, e.communeId)))";

	@Query("""
			select e from AuditEvent e
			where (:entityType is null or e.entityType = :entityType)
			  and (cast(:username as String) is null or lower(e.username) = lower(cast(:username as String)))
			  and (:action is null or e.action = :action)
			  and (:entityId is null or e.entityId = :entityId)
			  and (cast(:from as timestamp) is null or e.occurredAt >= :from)
			  and (cast(:to as timestamp) is null or e.occurredAt < :to)
			  and\s""" + READABLE)
	Page<AuditEvent> search(@Param("entityType") String entityType, @Param("username") String username,
			@Param("action") String action, @Param("entityId") Long entityId, @Param("from") Instant from,
			@Param("to") Instant to, @Param("all") boolean all, @Param("postId") Long postId,
			@Param("communes") Long[] communes, Pageable pageable);

	@Query("select e from AuditEvent e where e.entityType = :entityType and e.entityId = :entityId and " + READABLE)
	List<AuditEvent> history(@Param("entityType") String entityType, @Param("entityId") Long entityId,
			@Param("all") boolean all, @Param("postId") Long postId, @Param("communes") Long[] communes,
			Pageable pageable);

	@Query("select distinct e.entityType from AuditEvent e order by e.entityType")
	List<String> entityTypes();

}
