package vn.phoihop.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of an economic model's page: a support received, the scale, a year's result. */
final class ModelSubstanceForms {

	private ModelSubstanceForms() {
	}

	public static class SupportForm {

		@NotNull
		@DateTimeFormat(pattern = "yyyy-MM-dd")
		private LocalDate givenOn;

		@NotNull
		private SupportKind kind;

		@DecimalMin(value = "0.01")
		@Digits(integer = 10, fraction = 2)
		private BigDecimal quantity;

		@Size(max = 30)
		private String unit;

		@NotNull
		@Min(0)
		@Max(100_000_000_000L)
		private Long valueDong;

		@Size(max = 200)
		private String givenBy;

		public LocalDate getGivenOn() { return givenOn; }
		public void setGivenOn(LocalDate givenOn) { this.givenOn = givenOn; }
		public SupportKind getKind() { return kind; }
		public void setKind(SupportKind kind) { this.kind = kind; }
		public BigDecimal getQuantity() { return quantity; }
		public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
		public String getUnit() { return unit; }
		public void setUnit(String unit) { this.unit = unit; }
		public Long getValueDong() { return valueDong; }
		public void setValueDong(Long valueDong) { this.valueDong = valueDong; }
		public String getGivenBy() { return givenBy; }
		public void setGivenBy(String givenBy) { this.givenBy = givenBy; }

	}

	public static class ScaleForm {

		private Integer version;

		@DecimalMin(value = "0")
		@DecimalMax(value = "100000")
		@Digits(integer = 8, fraction = 2)
		private BigDecimal areaHa;

		private Map<LivestockKind, Integer> heads = new EnumMap<>(LivestockKind.class);

		static ScaleForm from(EconomicModel m) {
			ScaleForm f = new ScaleForm();
			f.version = m.getVersion();
			f.areaHa = m.getAreaHa();
			m.getLivestock().forEach(l -> f.heads.put(l.getKind(), l.getHead()));
			return f;
		}

		/** A head count out of range: its kind, else null (each shown next to its field). */
		LivestockKind badHead() {
			return heads.entrySet().stream()
				.filter(e -> e.getValue() != null && (e.getValue() < 0 || e.getValue() > 1_000_000))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
		}

		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public BigDecimal getAreaHa() { return areaHa; }
		public void setAreaHa(BigDecimal areaHa) { this.areaHa = areaHa; }
		public Map<LivestockKind, Integer> getHeads() { return heads; }
		public void setHeads(Map<LivestockKind, Integer> heads) { this.heads = heads; }

	}

	public static class ResultForm {

		private Integer version;

		@NotNull
		@Min(1990)
		@Max(2100)
		private Integer year;

		@DecimalMin(value = "0")
		@Digits(integer = 12, fraction = 2)
		private BigDecimal outputQuantity;

		@Size(max = 40)
		private String outputUnit;

		@Min(0)
		@Max(100_000_000_000L)
		private Long incomePerHousehold;

		@Min(0)
		@Max(100_000)
		private Integer households;

		@Size(max = 500)
		private String note;

		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public Integer getYear() { return year; }
		public void setYear(Integer year) { this.year = year; }
		public BigDecimal getOutputQuantity() { return outputQuantity; }
		public void setOutputQuantity(BigDecimal outputQuantity) { this.outputQuantity = outputQuantity; }
		public String getOutputUnit() { return outputUnit; }
		public void setOutputUnit(String outputUnit) { this.outputUnit = outputUnit; }
		public Long getIncomePerHousehold() { return incomePerHousehold; }
		public void setIncomePerHousehold(Long incomePerHousehold) { this.incomePerHousehold = incomePerHousehold; }
		public Integer getHouseholds() { return households; }
		public void setHouseholds(Integer households) { this.households = households; }
		public String getNote() { return note; }
		public void setNote(String note) { this.note = note; }

	}

}
