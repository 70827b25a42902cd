package vn.phoihop.household;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/** The list's search, filters and sort, bound from the query string. */
public class HouseholdFilter {

	private String q;

	private Long communeId;

	private Long villageId;

	private PovertyStatus status;

	private String ethnicity;

	private Long cadreId;

	private boolean archived;

	private String sort = "name";

	/** The list shows its sensitive fields (for those who may see them; recorded in the access log). */
	private boolean sensitive;

	Sort toSort() {
		return switch (sort == null ? "name" : sort) {
			case "members" -> Sort.by(Sort.Order.desc("members"), Sort.Order.asc("headName"), Sort.Order.asc("id"));
			case "status" -> Sort.by("povertyStatus", "headName", "id");
			case "updated" -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
			default -> Sort.by("headName", "id");
		};
	}

	String blankQ() {
		return q == null || q.isBlank() ? null : q.strip();
	}

	String blankEthnicity() {
		return ethnicity == null || ethnicity.isBlank() ? null : ethnicity;
	}

	/** A filter other than the search text is in use (the list's folded filters are then shown open). */
	public boolean isFiltered() {
		return communeId != null || villageId != null || status != null || blankEthnicity() != null || cadreId != null
				|| archived || (sort != null && !"name".equals(sort));
	}

	/** The query string of this filter (for pager links, sort links and the export link). */
	public String query(String base) {
		return query(base, sensitive);
	}

	/** The same with the sensitive fields shown or masked (the list's link that switches them). */
	public String query(String base, boolean sensitive) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(base);
		if (blankQ() != null) {
			b.queryParam("q", blankQ());
		}
		if (communeId != null) {
			b.queryParam("communeId", communeId);
		}
		if (villageId != null) {
			b.queryParam("villageId", villageId);
		}
		if (status != null) {
			b.queryParam("status", status);
		}
		if (blankEthnicity() != null) {
			b.queryParam("ethnicity", ethnicity);
		}
		if (cadreId != null) {
			b.queryParam("cadreId", cadreId);
		}
		if (archived) {
			b.queryParam("archived", true);
		}
		if (sort != null && !"name".equals(sort)) {
			b.queryParam("sort", sort);
		}
		if (sensitive) {
			b.queryParam("sensitive", true);
		}
		return b.encode().build().toUriString();
	}

	public String getQ() { return q; }
	public void setQ(String q) { this.q = q; }
	public Long getCommuneId() { return communeId; }
	public void setCommuneId(Long communeId) { this.communeId = communeId; }
	public Long getVillageId() { return villageId; }
	public void setVillageId(Long villageId) { this.villageId = villageId; }
	public PovertyStatus getStatus() { return status; }
	public void setStatus(PovertyStatus status) { this.status = status; }
	public String getEthnicity() { return ethnicity; }
	public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
	public Long getCadreId() { return cadreId; }
	public void setCadreId(Long cadreId) { this.cadreId = cadreId; }
	public boolean isArchived() { return archived; }
	public void setArchived(boolean archived) { this.archived = archived; }
	public String getSort() { return sort; }
	public void setSort(String sort) { this.sort = sort; }
	public boolean isSensitive() { return sensitive; }
	public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }

}
