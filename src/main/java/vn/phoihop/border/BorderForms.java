package vn.phoihop.border;

import static vn.phoihop.shared.web.WebConfig.clean;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the border pages: a marker, an inspection, the segment's setting. */
final class BorderForms {

	private BorderForms() {
	}


	public static class MarkerForm {

		private Long id;

		private Integer version;

		@NotBlank
		@Size(max = 20)
		private String number;

		@NotNull
		private MarkerKind kind;

		@NotNull
		@Min(0)
		@Max(100000)
		private Integer position;

		@DecimalMin("-90")
		@DecimalMax("90")
		private BigDecimal latitude;

		@DecimalMin("-180")
		@DecimalMax("180")
		private BigDecimal longitude;

		@NotNull
		private Long communeId;

		private Long villageId;

		private Long groupId;

		@Size(max = 1000)
		private String note;

		static MarkerForm from(BorderMarker m) {
			MarkerForm f = new MarkerForm();
			f.id = m.getId();
			f.version = m.getVersion();
			f.number = m.getNumber();
			f.kind = m.getKind();
			f.position = m.getPosition();
			f.latitude = m.getLatitude();
			f.longitude = m.getLongitude();
			f.communeId = m.getCommuneId();
			f.villageId = m.getVillageId();
			f.groupId = m.getGroupId();
			f.note = m.getNote();
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

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = clean(number);
		}

		public MarkerKind getKind() {
			return kind;
		}

		public void setKind(MarkerKind kind) {
			this.kind = kind;
		}

		public Integer getPosition() {
			return position;
		}

		public void setPosition(Integer position) {
			this.position = position;
		}

		public BigDecimal getLatitude() {
			return latitude;
		}

		public void setLatitude(BigDecimal latitude) {
			this.latitude = latitude;
		}

		public BigDecimal getLongitude() {
			return longitude;
		}

		public void setLongitude(BigDecimal longitude) {
			this.longitude = longitude;
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

		public Long getGroupId() {
			return groupId;
		}

		public void setGroupId(Long groupId) {
			this.groupId = groupId;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = clean(note);
		}

	}

	public static class InspectionForm {

		@NotNull
		@DateTimeFormat(pattern = "yyyy-MM-dd")
		private LocalDate inspectedOn;

		@NotNull
		private MarkerCondition condition;

		@NotBlank
		@Size(max = 200)
		private String inspectedBy;

		@Size(max = 1000)
		private String note;

		public LocalDate getInspectedOn() {
			return inspectedOn;
		}

		public void setInspectedOn(LocalDate inspectedOn) {
			this.inspectedOn = inspectedOn;
		}

		public MarkerCondition getCondition() {
			return condition;
		}

		public void setCondition(MarkerCondition condition) {
			this.condition = condition;
		}

		public String getInspectedBy() {
			return inspectedBy;
		}

		public void setInspectedBy(String inspectedBy) {
			this.inspectedBy = clean(inspectedBy);
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = clean(note);
		}

	}

	public static class SettingForm {

		private Integer version;

		@Size(max = 300)
		private String segmentName;

		@NotNull
		@Min(7)
		@Max(730)
		private Integer inspectionDays;

		static SettingForm from(BorderSetting s) {
			SettingForm f = new SettingForm();
			f.version = s.getVersion();
			f.segmentName = s.getSegmentName();
			f.inspectionDays = s.getInspectionDays();
			return f;
		}

		public Integer getVersion() {
			return version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

		public String getSegmentName() {
			return segmentName;
		}

		public void setSegmentName(String segmentName) {
			this.segmentName = clean(segmentName);
		}

		public Integer getInspectionDays() {
			return inspectionDays;
		}

		public void setInspectionDays(Integer inspectionDays) {
			this.inspectionDays = inspectionDays;
		}

	}

}
