package vn.phoihop.privacy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The access log's filters, bound from the query string: who, which household, what kind, from and to (days). */
public class AccessLogFilter {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private String username;

	private Long householdId;

	private String kind;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate from;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate to;

	/** A filter is in use (the folded filters are then shown open). */
	public boolean isFiltered() {
		return blankUsername() != null || householdId != null || blankKind() != null || from != null || to != null;
	}

	String blankUsername() {
		return username == null || username.isBlank() ? null : username.strip();
	}

	/** A kind the log knows, or null (anything else typed into the address is no filter). */
	String blankKind() {
		return kind != null && AccessLog.KINDS.contains(kind) ? kind : null;
	}

	ZonedDateTime fromTime() {
		return from == null ? null : from.atStartOfDay(ZONE);
	}

	ZonedDateTime toTime() {
		return to == null ? null : to.plusDays(1).atStartOfDay(ZONE);
	}

	/** The log's address with this filter (the pager's). */
	public String url() {
		return UriComponentsBuilder.fromPath("/privacy/access-log")
			.queryParamIfPresent("username", Optional.ofNullable(blankUsername()))
			.queryParamIfPresent("householdId", Optional.ofNullable(householdId))
			.queryParamIfPresent("kind", Optional.ofNullable(blankKind()))
			.queryParamIfPresent("from", Optional.ofNullable(from))
			.queryParamIfPresent("to", Optional.ofNullable(to))
			.encode()
			.build()
			.toUriString();
	}

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public Long getHouseholdId() { return householdId; }
	public void setHouseholdId(Long householdId) { this.householdId = householdId; }
	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public LocalDate getFrom() { return from; }
	public void setFrom(LocalDate from) { this.from = from; }
	public LocalDate getTo() { return to; }
	public void setTo(LocalDate to) { this.to = to; }

}
