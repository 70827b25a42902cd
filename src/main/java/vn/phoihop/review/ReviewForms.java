package vn.phoihop.review;

import static vn.phoihop.shared.web.WebConfig.clean;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;
import vn.phoihop.shared.db.FormTokens;

/** The form objects of the review screens (never the entities). Each carries the version it was opened on. */
final class ReviewForms {

	private ReviewForms() {
	}


	/**
	 * The commander's conclusions, one text per content area and one on the month's situation. The month page sends
	 * them with every button of its one form (adding a target or a task saves them too); a request without any
	 * {@code texts[…]} nor {@code situation} (an older page, a test) leaves them as they are.
	 */
	static class ConclusionsForm {

		Integer version;

		Map<ContentArea, String> texts = new LinkedHashMap<>();

		String situation;

		/** Whether the request carried the conclusions at all (each of the page's text areas sends one, even empty). */
		boolean sent() {
			return !texts.isEmpty() || situation != null;
		}

		static ConclusionsForm from(MonthlyReview r) {
			ConclusionsForm f = new ConclusionsForm();
			f.version = r.getVersion();
			for (ContentArea a : ContentArea.all()) {
				f.texts.put(a, r.getConclusions().getOrDefault(a, ""));
			}
			f.situation = r.getSituationConclusion();
			return f;
		}

		public String getSituation() { return situation; }
		public void setSituation(String situation) { this.situation = situation; }

		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public Map<ContentArea, String> getTexts() { return texts; }
		public void setTexts(Map<ContentArea, String> texts) { this.texts = texts; }

	}

	/** One of next month's targets (kept in the session's flash while a target is removed: serializable). */
	static class TargetForm implements Serializable {

		private static final long serialVersionUID = 1L;

		Integer version;

		@NotNull
		ContentArea contentArea;

		@NotBlank
		@Size(max = 300)
		String indicator;

		Target.Metric metric = Target.Metric.NONE;

		@NotNull
		@PositiveOrZero
		BigDecimal targetValue;

		@Size(max = 60)
		String unit;

		/** Nothing typed (the metric is a choice that always has a value): the form's other buttons ignore it. */
		boolean isBlank() {
			return contentArea == null && indicator == null && targetValue == null && unit == null;
		}

		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public ContentArea getContentArea() { return contentArea; }
		public void setContentArea(ContentArea contentArea) { this.contentArea = contentArea; }
		public String getIndicator() { return indicator; }
		public void setIndicator(String indicator) { this.indicator = clean(indicator); }
		public Target.Metric getMetric() { return metric; }
		public void setMetric(Target.Metric metric) { this.metric = metric; }
		public BigDecimal getTargetValue() { return targetValue; }
		public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
		public String getUnit() { return unit; }
		public void setUnit(String unit) { this.unit = clean(unit); }

	}

	/** A task for a cadre of the post (kept in the session's flash while a target is removed: serializable). */
	static class TaskForm implements Serializable {

		private static final long serialVersionUID = 1L;

		Integer version;

		@NotNull
		Long cadreId;

		Long villageId;

		Long householdId;

		@NotNull
		@DateTimeFormat(pattern = "yyyy-MM-dd")
		LocalDate dueDate;

		@NotBlank
		@Size(max = 1000)
		String description;

		/** Nothing chosen or typed (the due date is filled in by the page): the form's other buttons ignore it. */
		boolean isBlank() {
			return cadreId == null && villageId == null && householdId == null && description == null;
		}

		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public Long getCadreId() { return cadreId; }
		public void setCadreId(Long cadreId) { this.cadreId = cadreId; }
		public Long getVillageId() { return villageId; }
		public void setVillageId(Long villageId) { this.villageId = villageId; }
		public Long getHouseholdId() { return householdId; }
		public void setHouseholdId(Long householdId) { this.householdId = householdId; }
		public LocalDate getDueDate() { return dueDate; }
		public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = clean(description); }

	}

	/** A commune official's narrative of the month. */
	static class SubmissionForm {

		Integer version;

		@Size(max = 5000)
		String narrative;

		/** The form's one-time token (shared.db.FormTokens): the same report sent twice is saved once. */
		String token;

		static SubmissionForm from(CommuneSubmission s) {
			SubmissionForm f = new SubmissionForm();
			f.version = s == null ? 0 : s.getVersion();
			f.narrative = s == null ? null : s.getNarrative();
			f.token = FormTokens.fresh();
			return f;
		}

		public String getToken() { return token; }
		public void setToken(String token) { this.token = token; }
		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public String getNarrative() { return narrative; }
		public void setNarrative(String narrative) { this.narrative = narrative; }

	}

	/** The commander returns a submission with a comment. */
	static class ReturnForm {

		Integer version;

		@NotBlank
		@Size(max = 2000)
		String comment;

		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public String getComment() { return comment; }
		public void setComment(String comment) { this.comment = clean(comment); }

	}

	/**
	 * The confirmation of a conclusion; the reason is needed when some communes' reports are not in; the signer is
	 * one of the post's users who sign.
	 */
	static class ConcludeForm {

		Integer version;

		// no number: the register of issued documents gives it (DocumentRegister), the page shows which

		@NotNull
		@DateTimeFormat(pattern = "yyyy-MM-dd")
		LocalDate concludedOn;

		@Size(max = 2000)
		String reason;

		/** The username of who signs for the committee (null: the default, ConclusionSigners). */
		String signer;

		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public String getSigner() { return signer; }
		public void setSigner(String signer) { this.signer = clean(signer); }
		public LocalDate getConcludedOn() { return concludedOn; }
		public void setConcludedOn(LocalDate concludedOn) { this.concludedOn = concludedOn; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = clean(reason); }

	}

	static class ReopenForm {

		Integer version;

		@NotBlank
		@Size(max = 2000)
		String reason;

		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = clean(reason); }

	}

	/** A cadre marks a task done with the result. */
	static class TaskDoneForm {

		Integer version;

		@NotBlank
		@Size(max = 2000)
		String resultNote;

		/** The form's one-time token (shared.db.FormTokens): the same result sent twice is recorded once. */
		String token;

		public String getToken() { return token; }
		public void setToken(String token) { this.token = token; }
		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public String getResultNote() { return resultNote; }
		public void setResultNote(String resultNote) { this.resultNote = clean(resultNote); }

	}

}
