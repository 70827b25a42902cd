package vn.phoihop.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The form objects of the territory admin screens (never the entities themselves). */
final class TerritoryForms {

	static final String CODE_PATTERN = "[A-Za-z0-9_-]+";

	private TerritoryForms() {
	}

	static class ProvinceForm {

		Long id;

		Integer version;

		@NotBlank
		@Size(max = 20)
		@Pattern(regexp = CODE_PATTERN)
		String code;

		@NotBlank
		@Size(max = 120)
		String name;

		static ProvinceForm from(Province p) {
			ProvinceForm f = new ProvinceForm();
			f.id = p.getId();
			f.version = p.getVersion();
			f.code = p.getCode();
			f.name = p.getName();
			return f;
		}

		public Long getId() { return id; }
		public void setId(Long id) { this.id = id; }
		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public String getCode() { return code; }
		public void setCode(String code) { this.code = code; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }

	}

	static class CommuneForm {

		Long id;

		Integer version;

		@NotBlank
		@Size(max = 20)
		@Pattern(regexp = CODE_PATTERN)
		String code;

		@NotBlank
		@Size(max = 120)
		String name;

		@NotNull
		Long provinceId;

		@Size(max = 120)
		String formerDistrict;

		static CommuneForm from(Commune c) {
			CommuneForm f = new CommuneForm();
			f.id = c.getId();
			f.version = c.getVersion();
			f.code = c.getCode();
			f.name = c.getName();
			f.provinceId = c.getProvince().getId();
			f.formerDistrict = c.getFormerDistrict();
			return f;
		}

		public Long getId() { return id; }
		public void setId(Long id) { this.id = id; }
		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public String getCode() { return code; }
		public void setCode(String code) { this.code = code; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public Long getProvinceId() { return provinceId; }
		public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
		public String getFormerDistrict() { return formerDistrict; }
		public void setFormerDistrict(String formerDistrict) { this.formerDistrict = formerDistrict; }

	}

	static class VillageForm {

		Long id;

		Integer version;

		@NotNull
		Long communeId;

		@NotBlank
		@Size(max = 120)
		String name;

		static VillageForm from(Village v) {
			VillageForm f = new VillageForm();
			f.id = v.getId();
			f.version = v.getVersion();
			f.communeId = v.getCommune().getId();
			f.name = v.getName();
			return f;
		}

		public Long getId() { return id; }
		public void setId(Long id) { this.id = id; }
		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public Long getCommuneId() { return communeId; }
		public void setCommuneId(Long communeId) { this.communeId = communeId; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }

	}

	static class PostForm {

		Long id;

		Integer version;

		@NotBlank
		@Size(max = 20)
		@Pattern(regexp = CODE_PATTERN)
		String code;

		@NotBlank
		@Size(max = 120)
		String name;

		@NotBlank
		@Size(max = 200)
		String provincialCommand;

		@NotNull
		Long provinceId;

		static PostForm from(BorderPost p) {
			PostForm f = new PostForm();
			f.id = p.getId();
			f.version = p.getVersion();
			f.code = p.getCode();
			f.name = p.getName();
			f.provincialCommand = p.getProvincialCommand();
			f.provinceId = p.getProvince().getId();
			return f;
		}

		public Long getId() { return id; }
		public void setId(Long id) { this.id = id; }
		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public String getCode() { return code; }
		public void setCode(String code) { this.code = code; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getProvincialCommand() { return provincialCommand; }
		public void setProvincialCommand(String provincialCommand) { this.provincialCommand = provincialCommand; }
		public Long getProvinceId() { return provinceId; }
		public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }

	}

	static class CoverageForm {

		@NotNull
		Long communeId;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		LocalDate validFrom;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		LocalDate validTo;

		public Long getCommuneId() { return communeId; }
		public void setCommuneId(Long communeId) { this.communeId = communeId; }
		public LocalDate getValidFrom() { return validFrom; }
		public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
		public LocalDate getValidTo() { return validTo; }
		public void setValidTo(LocalDate validTo) { this.validTo = validTo; }

	}

	static class MergeForm {

		@NotNull
		Long newCommuneId;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		LocalDate effectiveOn;

		@Size(max = 200)
		String legalBasis;

		@NotEmpty
		List<Long> sourceIds = new ArrayList<>();

		public Long getNewCommuneId() { return newCommuneId; }
		public void setNewCommuneId(Long newCommuneId) { this.newCommuneId = newCommuneId; }
		public LocalDate getEffectiveOn() { return effectiveOn; }
		public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
		public String getLegalBasis() { return legalBasis; }
		public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
		public List<Long> getSourceIds() { return sourceIds; }
		public void setSourceIds(List<Long> sourceIds) { this.sourceIds = sourceIds; }

	}

}
