package vn.phoihop.audit;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.shared.security.CurrentUser;

/**
 * The audit trail. Business modules call it inside their own transaction, so a change and its audit row are
 * saved together or not at all. Each event carries the unit its record belongs to ({@link Auditable#auditUnit()}),
 * and every read is cut to what the signed-in user may read ({@link AuditReader}).
 */
@Service
@Transactional
public class AuditService {

	public static final String CREATE = "CREATE";

	public static final String UPDATE = "UPDATE";

	public static final String DELETE = "DELETE";

	public static final String EXPORT = "EXPORT";

	private final AuditRepository repository;

	private final AuditScope scopes;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditService(AuditRepository repository, AuditScope scopes) {
		this.repository = repository;
		this.scopes = scopes;
	}

	/** Records a create (before == null), an update, or a delete (after == null). */
	public void record(String action, Auditable entity, Map<String, Object> before) {
		record(action, entity, null, before, DELETE.equals(action) ? null : entity.auditSnapshot());
	}

	/** Records any action on an entity, with a reason when one was given, and the snapshots given. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, Auditable entity, String reason, Map<String, Object> before,
			Map<String, Object> after) {
		repository.save(new AuditEvent(currentUsername(), entity.auditType(), entity.getId(), action,
				entity.toString(), reason, toJson(before), toJson(after), entity.auditUnit()));
	}

	/** Records an action on something that is not an entity (a month's lock, an import), or of no unit. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Long entityId, String summary, String reason,
			Map<String, Object> before, Map<String, Object> after) {
		repository.save(new AuditEvent(currentUsername(), entityType, entityId, action, summary, reason, toJson(before),
				toJson(after), AuditUnit.NONE));
	}

	/** Records an action outside any business transaction (e.g. an export, a sign-in). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordStandalone(String action, String entityType, Long entityId, String summary, String reason) {
		repository.save(new AuditEvent(currentUsername(), entityType, entityId, action, summary, reason, null, null,
				AuditUnit.NONE));
	}

	/** The events matching the filter that the signed-in user may read (none for a role that reads none). */
	@Transactional(readOnly = true)
	public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
		AuditReader reader = AuditReader.of(CurrentUser.get(), scopes);
		if (reader == null) {
			return Page.empty(pageable);
		}
		return repository.search(filter.blankToNull(filter.getEntityType()), filter.blankToNull(filter.getUsername()),
				filter.blankToNull(filter.getAction()), filter.getEntityId(), filter.fromInstant(), filter.toInstant(),
				reader.all(), reader.postId(), reader.communeIds(), pageable);
	}

	/**
	 * One record's history for its detail page (templates/audit/_history.html), cut to what the signed-in user may
	 * read: the latest {@value AuditHistory#LIMIT} events, newest first, with the fields each changed.
	 */
	@Transactional(readOnly = true)
	public AuditHistory history(String entityType, Long entityId) {
		AuditReader reader = AuditReader.of(CurrentUser.get(), scopes);
		if (reader == null) {
			return AuditHistory.hidden(entityType, entityId);
		}
		List<AuditEvent> events = repository.history(entityType, entityId, reader.all(), reader.postId(),
				reader.communeIds(), PageRequest.of(0, AuditHistory.LIMIT + 1,
						Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
		return AuditHistory.of(entityType, entityId, events, json);
	}

	/** Whether the signed-in user reads the audit trail at all (the administrator, a commander). */
	@Transactional(readOnly = true)
	public boolean readsAudit() {
		return AuditReader.of(CurrentUser.get(), scopes) != null;
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

}
