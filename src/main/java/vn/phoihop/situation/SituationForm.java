package vn.phoihop.situation;

import static vn.phoihop.shared.web.WebConfig.clean;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of an item (new or edit): what, where, when; the follow-up has its own form ({@link StatusForm}). */
public class SituationForm {

	private Long id;

	private Integer version;

	@NotNull
	private Long communeId;

	private Long villageId;

	private Long markerId;

	private Long activityId;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate occurredOn;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime occurredTime;

	@NotNull
	private Long categoryId;

	@NotNull
	private Source source;

	@NotNull
	private Severity severity;

	@NotBlank
	@Size(max = 300)
	private String summary;

	@Size(max = 4000)
	private String whatHappened;

	@Size(max = 4000)
	private String actionTaken;

	private boolean restricted;

	static SituationForm from(SituationItem item) {
		SituationForm f = new SituationForm();
		f.id = item.getId();
		f.version = item.getVersion();
		f.communeId = item.getCommuneId();
		f.villageId = item.getVillageId();
		f.markerId = item.getMarkerId();
		f.activityId = item.getActivityId();
		f.occurredOn = item.getOccurredOn();
		f.occurredTime = item.getOccurredTime();
		f.categoryId = item.getCategoryId();
		f.source = item.getSource();
		f.severity = item.getSeverity();
		f.summary = item.getSummary();
		f.whatHappened = item.getWhatHappened();
		f.actionTaken = item.getActionTaken();
		f.restricted = item.isRestricted();
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

	public Long getCommuneId() {
		return communeId;
	}

	public void setCommuneId(Long communeId) {
		this.communeId = communeId;
	}

	public Long getVillageId() {
		return villageId;
	}

	public void setVillageId(Long villageId) {
		this.villageId = villageId;
	}

	public Long getMarkerId() {
		return markerId;
	}

	public void setMarkerId(Long markerId) {
		this.markerId = markerId;
	}

	public Long getActivityId() {
		return activityId;
	}

	public void setActivityId(Long activityId) {
		this.activityId = activityId;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public LocalTime getOccurredTime() {
		return occurredTime;
	}

	public void setOccurredTime(LocalTime occurredTime) {
		this.occurredTime = occurredTime;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Source getSource() {
		return source;
	}

	public void setSource(Source source) {
		this.source = source;
	}

	public Severity getSeverity() {
		return severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = clean(summary);
	}

	public String getWhatHappened() {
		return whatHappened;
	}

	public void setWhatHappened(String whatHappened) {
		this.whatHappened = clean(whatHappened);
	}

	public String getActionTaken() {
		return actionTaken;
	}

	public void setActionTaken(String actionTaken) {
		this.actionTaken = clean(actionTaken);
	}

	public boolean isRestricted() {
		return restricted;
	}

	public void setRestricted(boolean restricted) {
		this.restricted = restricted;
	}

}
