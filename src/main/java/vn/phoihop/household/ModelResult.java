package vn.phoihop.household;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An economic model's result for one year: its output (a quantity and its unit: tonnes of fruit, goats sold), the
 * income per participating household in đồng, how many households took part that year, a note.
 */
@Embeddable
public class ModelResult {

	@Column(name = "year")
	private int year;

	@Column(name = "output_quantity")
	private BigDecimal outputQuantity;

	@Column(name = "output_unit")
	private String outputUnit;

	@Column(name = "income_per_household")
	private Long incomePerHousehold;

	@Column(name = "households")
	private Integer households;

	@Column(name = "note")
	private String note;

	protected ModelResult() {
	}

	ModelResult(int year, BigDecimal outputQuantity, String outputUnit, Long incomePerHousehold, Integer households,
			String note) {
		this.year = year;
		this.outputQuantity = outputQuantity;
		this.outputUnit = outputUnit;
		this.incomePerHousehold = incomePerHousehold;
		this.households = households;
		this.note = note;
	}

	public int getYear() {
		return year;
	}

	public BigDecimal getOutputQuantity() {
		return outputQuantity;
	}

	public String getOutputUnit() {
		return outputUnit;
	}

	public Long getIncomePerHousehold() {
		return incomePerHousehold;
	}

	public Integer getHouseholds() {
		return households;
	}

	public String getNote() {
		return note;
	}

	String auditLine() {
		return year + ": " + (outputQuantity == null ? "" : outputQuantity.stripTrailingZeros().toPlainString() + " "
				+ (outputUnit == null ? "" : outputUnit)) + " | " + (incomePerHousehold == null ? "" : incomePerHousehold)
				+ " | " + (households == null ? "" : households);
	}

}
