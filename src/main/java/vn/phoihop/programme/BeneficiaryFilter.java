package vn.phoihop.programme;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriUtils;

/** A programme's beneficiary list filter: words of the name, current or left, a commune of the reader's scope. */
public class BeneficiaryFilter {

	/** Which beneficiaries: those still in the programme (the default), those who left, or all. */
	public enum Status {
		CURRENT, LEFT, ALL
	}

	private String q;

	private Status status = Status.CURRENT;

	private Long communeId;

	String blankQ() {
		return q == null || q.isBlank() ? null : q.strip();
	}

	String query() {
		List<String> parts = new ArrayList<>();
		if (blankQ() != null) {
			parts.add("q=" + UriUtils.encodeQueryParam(blankQ(), "UTF-8"));
		}
		if (status != null && status != Status.CURRENT) {
			parts.add("status=" + status);
		}
		if (communeId != null) {
			parts.add("communeId=" + communeId);
		}
		return String.join("&", parts);
	}

	public String getQ() { return q; }
	public void setQ(String q) { this.q = q; }
	public Status getStatus() { return status; }
	public void setStatus(Status status) { this.status = status == null ? Status.CURRENT : status; }
	public Long getCommuneId() { return communeId; }
	public void setCommuneId(Long communeId) { this.communeId = communeId; }

}
