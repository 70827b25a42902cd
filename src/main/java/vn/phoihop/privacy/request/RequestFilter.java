package vn.phoihop.privacy.request;

import org.springframework.web.util.UriComponentsBuilder;

/** The list's search and filters, as the query string carries them. */
public class RequestFilter {

	private String q;

	private RequestKind kind;

	private RequestStatus status;

	private Long household;

	private boolean overdue;

	public String blankQ() {
		return q == null || q.isBlank() ? null : q.strip();
	}

	public boolean isFiltered() {
		return kind != null || status != null || household != null || overdue;
	}

	/** The list's address with this filter (the pager adds its page). */
	public String query(String path) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		if (blankQ() != null) {
			b.queryParam("q", blankQ());
		}
		if (kind != null) {
			b.queryParam("kind", kind);
		}
		if (status != null) {
			b.queryParam("status", status);
		}
		if (household != null) {
			b.queryParam("household", household);
		}
		if (overdue) {
			b.queryParam("overdue", true);
		}
		return b.encode().build().toUriString();
	}

	public String getQ() { return q; }
	public void setQ(String q) { this.q = q; }
	public RequestKind getKind() { return kind; }
	public void setKind(RequestKind kind) { this.kind = kind; }
	public RequestStatus getStatus() { return status; }
	public void setStatus(RequestStatus status) { this.status = status; }
	public Long getHousehold() { return household; }
	public void setHousehold(Long household) { this.household = household; }
	public boolean isOverdue() { return overdue; }
	public void setOverdue(boolean overdue) { this.overdue = overdue; }

}
