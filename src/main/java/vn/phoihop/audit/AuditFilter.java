package vn.phoihop.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the audit list, bound from the query string. */
public class AuditFilter {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private String entityType;

	private String username;

	private String action;

	private Long entityId;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate from;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate to;

	/** A filter is in use (the list's folded filters are then shown open). */
	public boolean isFiltered() {
		return blankToNull(entityType) != null || blankToNull(username) != null || blankToNull(action) != null
				|| entityId != null || from != null || to != null;
	}

	String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	Instant fromInstant() {
		return from == null ? null : from.atStartOfDay(ZONE).toInstant();
	}

	Instant toInstant() {
		return to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

	public String getEntityType() {
		return entityType;
	}

	public void setEntityType(String entityType) {
		this.entityType = entityType;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public Long getEntityId() {
		return entityId;
	}

	public void setEntityId(Long entityId) {
		this.entityId = entityId;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
