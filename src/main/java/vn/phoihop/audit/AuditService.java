package vn.phoihop.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail. Business modules call it inside their own transaction, so a change and its audit row are
 * saved together or not at all.
 */
@Service
@Transactional
public class AuditService {

	public static final String CREATE = "CREATE";

	public static final String UPDATE = "UPDATE";

	public static final String DELETE = "DELETE";

	public static final String EXPORT = "EXPORT";

	private final AuditRepository repository;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditService(AuditRepository repository) {
		this.repository = repository;
	}

	/** Records a create (before == null), an update, or a delete (after == null). */
	public void record(String action, Auditable entity, Map<String, Object> before) {
		record(action, entity.auditType(), entity.getId(), entity.toString(), null, before,
				DELETE.equals(action) ? null : entity.auditSnapshot());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Long entityId, String summary, String reason,
			Map<String, Object> before, Map<String, Object> after) {
		repository.save(new AuditEvent(currentUsername(), entityType, entityId, action, summary, reason, toJson(before),
				toJson(after)));
	}

	/** Records an action outside any business transaction (e.g. an export, a sign-in). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordStandalone(String action, String entityType, Long entityId, String summary, String reason) {
		repository.save(new AuditEvent(currentUsername(), entityType, entityId, action, summary, reason, null, null));
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
		return repository.search(filter.blankToNull(filter.getEntityType()), filter.blankToNull(filter.getUsername()),
				filter.blankToNull(filter.getAction()), filter.getEntityId(), filter.fromInstant(), filter.toInstant(),
				pageable);
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> history(String entityType, Long entityId) {
		return repository.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
	}

	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return repository.entityTypes();
	}

	private String toJson(Map<String, Object> data) {
		return data == null ? null : json.writeValueAsString(data);
	}

	private static String currentUsername() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

	static Instant now() {
		return Instant.now();
	}

}
