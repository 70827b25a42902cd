package vn.phoihop.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

/** One change (or export) of an audited entity: who, when, what, before and after. Never edited. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	private String username;

	@Column(name = "entity_type", nullable = false)
	private String entityType;

	@Column(name = "entity_id")
	private Long entityId;

	@Column(nullable = false)
	private String action;

	private String summary;

	private String reason;

	@Column(name = "before_data", columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String beforeData;

	@Column(name = "after_data", columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String afterData;

	@Column(name = "post_id")
	private Long postId;

	@Column(name = "commune_id")
	private Long communeId;

	protected AuditEvent() {
	}

	AuditEvent(String username, String entityType, Long entityId, String action, String summary, String reason,
			String beforeData, String afterData, AuditUnit unit) {
		this.occurredAt = Instant.now();
		this.username = username;
		this.entityType = entityType;
		this.entityId = entityId;
		this.action = action;
		this.summary = summary == null || summary.length() <= 300 ? summary : summary.substring(0, 300);
		this.reason = reason;
		this.beforeData = beforeData;
		this.afterData = afterData;
		this.postId = unit.postId();
		this.communeId = unit.communeId();
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getUsername() {
		return username;
	}

	public String getEntityType() {
		return entityType;
	}

	public Long getEntityId() {
		return entityId;
	}

	public String getAction() {
		return action;
	}

	public String getSummary() {
		return summary;
	}

	public String getReason() {
		return reason;
	}

	public String getBeforeData() {
		return beforeData;
	}

	public String getAfterData() {
		return afterData;
	}

	public Long getPostId() {
		return postId;
	}

	public Long getCommuneId() {
		return communeId;
	}

}
