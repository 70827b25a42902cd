package vn.phoihop.programme;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriUtils;

/** The programme list's filter: words of the name, a kind, a year the programme ran in. */
public class ProgrammeFilter {

	private String q;

	private Long kindId;

	private Integer year;

	String blankQ() {
		return q == null || q.isBlank() ? null : q.strip();
	}

	/** The filter as a query string (the pager's and the htmx address), without a leading "?". */
	String query() {
		List<String> parts = new ArrayList<>();
		if (blankQ() != null) {
			parts.add("q=" + UriUtils.encodeQueryParam(blankQ(), "UTF-8"));
		}
		if (kindId != null) {
			parts.add("kindId=" + kindId);
		}
		if (year != null) {
			parts.add("year=" + year);
		}
		return String.join("&", parts);
	}

	public String getQ() { return q; }
	public void setQ(String q) { this.q = q; }
	public Long getKindId() { return kindId; }
	public void setKindId(Long kindId) { this.kindId = kindId; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }

}
