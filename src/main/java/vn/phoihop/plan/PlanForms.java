package vn.phoihop.plan;

import static vn.phoihop.shared.web.WebConfig.clean;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import vn.phoihop.agreement.ContentArea;

/** The plan's screens' forms: a new plan, a planned item, how an item went, returning a plan to draft. */
final class PlanForms {

	private PlanForms() {
	}

	/** A new plan: the agreement and the year. */
	public static class NewPlan {

		@NotNull
		private Long agreementId;

		@NotNull
		@Min(2000)
		@Max(2100)
		private Integer year;

		public Long getAgreementId() {
			return agreementId;
		}

		public void setAgreementId(Long agreementId) {
			this.agreementId = agreementId;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

	}

	/** A planned item (new or edit). */
	public static class Item {

		private Long id;

		private Integer version;

		@NotNull
		@Min(1)
		@Max(12)
		private Integer month;

		@DateTimeFormat(pattern = "yyyy-MM-dd")
		private LocalDate plannedOn;

		@NotBlank
		@Size(max = 300)
		private String title;

		@Size(max = 4000)
		private String content;

		@NotNull
		private ContentArea contentArea;

		@NotNull
		private Long communeId;

		@NotNull
		private Lead ledBy;

		@Size(max = 300)
		private String place;

		@Min(0)
		@Max(100000)
		private Integer expectedParticipants;

		static Item from(PlannedItem i) {
			Item f = new Item();
			f.id = i.getId();
			f.version = i.getVersion();
			f.month = i.getMonth();
			f.plannedOn = i.getPlannedOn();
			f.title = i.getTitle();
			f.content = i.getContent();
			f.contentArea = i.getContentArea();
			f.communeId = i.getCommuneId();
			f.ledBy = i.getLedBy();
			f.place = i.getPlace();
			f.expectedParticipants = i.getExpectedParticipants();
			return f;
		}

		public Long getId() {
			return id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public Integer getVersion() {
			return version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

		public Integer getMonth() {
			return month;
		}

		public void setMonth(Integer month) {
			this.month = month;
		}

		public LocalDate getPlannedOn() {
			return plannedOn;
		}

		public void setPlannedOn(LocalDate plannedOn) {
			this.plannedOn = plannedOn;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = clean(title);
		}

		public String getContent() {
			return content;
		}

		public void setContent(String content) {
			this.content = clean(content);
		}

		public ContentArea getContentArea() {
			return contentArea;
		}

		public void setContentArea(ContentArea contentArea) {
			this.contentArea = contentArea;
		}

		public Long getCommuneId() {
			return communeId;
		}

		public void setCommuneId(Long communeId) {
			this.communeId = communeId;
		}

		public Lead getLedBy() {
			return ledBy;
		}

		public void setLedBy(Lead ledBy) {
			this.ledBy = ledBy;
		}

		public String getPlace() {
			return place;
		}

		public void setPlace(String place) {
			this.place = clean(place);
		}

		public Integer getExpectedParticipants() {
			return expectedParticipants;
		}

		public void setExpectedParticipants(Integer expectedParticipants) {
			this.expectedParticipants = expectedParticipants;
		}

	}

	/** How an item went. */
	public static class Status {

		private Integer version;

		@NotNull
		private ItemStatus status;

		@Size(max = 2000)
		private String reason;

		public Integer getVersion() {
			return version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

		public ItemStatus getStatus() {
			return status;
		}

		public void setStatus(ItemStatus status) {
			this.status = status;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = clean(reason);
		}

	}

	/** Returning an approved plan to draft: the reason. */
	public static class Reopen {

		private Integer version;

		@NotBlank
		@Size(max = 1000)
		private String reason;

		public Integer getVersion() {
			return version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = clean(reason);
		}

	}

}
