package vn.phoihop.activity;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.phoihop.agreement.ContentArea;

/** The log's filters, bound from the query string (so every filtered list is bookmarkable). */
class ActivityFilter {

	Long communeId;

	Long villageId;

	ActivityType type;

	ContentArea contentArea;

	Long agreementId;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate from;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate to;

	String loggedBy;

	ActivityStatus status;

	String q;

	String sort = "date";

	String dir = "desc";

	/** The same filter without those that read the activities themselves: text, village, who logged it. */
	ActivityFilter withoutRowFilters() {
		ActivityFilter f = new ActivityFilter();
		f.communeId = communeId;
		f.type = type;
		f.contentArea = contentArea;
		f.agreementId = agreementId;
		f.from = from;
		f.to = to;
		f.status = status;
		return f;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getCommuneId() { return communeId; }
	public void setCommuneId(Long communeId) { this.communeId = communeId; }
	public Long getVillageId() { return villageId; }
	public void setVillageId(Long villageId) { this.villageId = villageId; }
	public ActivityType getType() { return type; }
	public void setType(ActivityType type) { this.type = type; }
	public ContentArea getContentArea() { return contentArea; }
	public void setContentArea(ContentArea contentArea) { this.contentArea = contentArea; }
	public Long getAgreementId() { return agreementId; }
	public void setAgreementId(Long agreementId) { this.agreementId = agreementId; }
	public LocalDate getFrom() { return from; }
	public void setFrom(LocalDate from) { this.from = from; }
	public LocalDate getTo() { return to; }
	public void setTo(LocalDate to) { this.to = to; }
	public String getLoggedBy() { return loggedBy; }
	public void setLoggedBy(String loggedBy) { this.loggedBy = blankToNull(loggedBy); }
	public ActivityStatus getStatus() { return status; }
	public void setStatus(ActivityStatus status) { this.status = status; }
	public String getQ() { return q; }
	public void setQ(String q) { this.q = blankToNull(q); }
	public String getSort() { return sort; }
	public void setSort(String sort) { this.sort = sort; }
	public String getDir() { return dir; }
	public void setDir(String dir) { this.dir = dir; }

}
