package vn.phoihop.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The agreement edit screen (never the entity itself). Blank target rows are ignored. */
class AgreementForm {

	static final int BLANK_TARGET_ROWS = 3;

	Long id;

	Integer version;

	@NotNull
	Long postId;

	@NotEmpty
	Set<Long> communeIds = new LinkedHashSet<>();

	@NotBlank
	@Size(max = 60)
	String number;

	@NotBlank
	@Size(max = 300)
	String title;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate signedOn;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate validFrom;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate validTo;

	@Size(max = 200)
	String postSignatory;

	@Size(max = 200)
	String communeSignatory;

	Set<ContentArea> contentAreas = new LinkedHashSet<>();

	@Valid
	List<TargetRow> targets = new ArrayList<>();

	static AgreementForm blank(Long postId) {
		AgreementForm f = new AgreementForm();
		f.postId = postId;
		f.padTargets();
		return f;
	}

	static AgreementForm from(Agreement a) {
		AgreementForm f = new AgreementForm();
		f.id = a.getId();
		f.version = a.getVersion();
		f.postId = a.getPostId();
		f.communeIds = new LinkedHashSet<>(a.getCommuneIds());
		f.number = a.getNumber();
		f.title = a.getTitle();
		f.signedOn = a.getSignedOn();
		f.validFrom = a.getValidFrom();
		f.validTo = a.getValidTo();
		f.postSignatory = a.getPostSignatory();
		f.communeSignatory = a.getCommuneSignatory();
		f.contentAreas = new LinkedHashSet<>(a.getContentAreas());
		for (Target t : a.getTargets()) {
			TargetRow r = new TargetRow();
			r.contentArea = t.getContentArea();
			r.indicator = t.getIndicator();
			r.metric = t.getMetric();
			r.targetValue = t.getTargetValue();
			r.unit = t.getUnit();
			r.per = t.getPer();
			f.targets.add(r);
		}
		f.padTargets();
		return f;
	}

	void padTargets() {
		for (int i = 0; i < BLANK_TARGET_ROWS; i++) {
			targets.add(new TargetRow());
		}
	}

	List<Target> filledTargets() {
		return targets.stream().filter(r -> !r.isBlank())
			.map(r -> new Target(r.contentArea, r.indicator.strip(), r.metric, r.targetValue, blankToNull(r.unit), r.per))
			.toList();
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public static class TargetRow {

		ContentArea contentArea;

		@Size(max = 300)
		String indicator;

		Target.Metric metric = Target.Metric.NONE;

		@DecimalMin("0")
		BigDecimal targetValue;

		@Size(max = 60)
		String unit;

		Target.Per per = Target.Per.PERIOD;

		boolean isBlank() {
			return (indicator == null || indicator.isBlank()) && targetValue == null;
		}

		public ContentArea getContentArea() { return contentArea; }
		public void setContentArea(ContentArea contentArea) { this.contentArea = contentArea; }
		public String getIndicator() { return indicator; }
		public void setIndicator(String indicator) { this.indicator = indicator; }
		public Target.Metric getMetric() { return metric; }
		public void setMetric(Target.Metric metric) { this.metric = metric; }
		public BigDecimal getTargetValue() { return targetValue; }
		public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
		public String getUnit() { return unit; }
		public void setUnit(String unit) { this.unit = unit; }
		public Target.Per getPer() { return per; }
		public void setPer(Target.Per per) { this.per = per; }

	}

	public Long getId() { return id; }
	public void setId(Long id) { this.id = id; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public Long getPostId() { return postId; }
	public void setPostId(Long postId) { this.postId = postId; }
	public Set<Long> getCommuneIds() { return communeIds; }
	public void setCommuneIds(Set<Long> communeIds) { this.communeIds = communeIds == null ? new LinkedHashSet<>() : communeIds; }
	public String getNumber() { return number; }
	public void setNumber(String number) { this.number = number; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public LocalDate getSignedOn() { return signedOn; }
	public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
	public LocalDate getValidFrom() { return validFrom; }
	public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
	public LocalDate getValidTo() { return validTo; }
	public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
	public String getPostSignatory() { return postSignatory; }
	public void setPostSignatory(String postSignatory) { this.postSignatory = postSignatory; }
	public String getCommuneSignatory() { return communeSignatory; }
	public void setCommuneSignatory(String communeSignatory) { this.communeSignatory = communeSignatory; }
	/** The areas the agreement or its targets already have (offered by the form even when retired since). */
	java.util.Collection<ContentArea> usedContentAreas() {
		Set<ContentArea> used = new LinkedHashSet<>(contentAreas);
		targets.stream().map(r -> r.contentArea).filter(java.util.Objects::nonNull).forEach(used::add);
		return used;
	}

	/** The metrics the targets already have (offered by the form even when retired since). */
	java.util.Collection<Target.Metric> usedMetrics() {
		return targets.stream().map(r -> r.metric).filter(java.util.Objects::nonNull).toList();
	}

	public Set<ContentArea> getContentAreas() { return contentAreas; }
	public void setContentAreas(Set<ContentArea> contentAreas) { this.contentAreas = contentAreas == null ? new LinkedHashSet<>() : contentAreas; }
	public List<TargetRow> getTargets() { return targets; }
	public void setTargets(List<TargetRow> targets) { this.targets = targets; }

}
