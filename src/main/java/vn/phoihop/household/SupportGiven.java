package vn.phoihop.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What one support was: the day it was given, its kind, the quantity and its unit, its value in đồng, who gave it.
 * The same value for a model's support (received) and a programme's (given to a person or a household), with the same
 * columns in both tables (V091, V092).
 */
@Embeddable
public class SupportGiven {

	@Column(name = "given_on")
	private LocalDate givenOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind")
	private SupportKind kind;

	@Column(name = "quantity")
	private BigDecimal quantity;

	@Column(name = "unit")
	private String unit;

	@Column(name = "value_dong")
	private long valueDong;

	@Column(name = "given_by")
	private String givenBy;

	protected SupportGiven() {
	}

	public SupportGiven(LocalDate givenOn, SupportKind kind, BigDecimal quantity, String unit, long valueDong,
			String givenBy) {
		this.givenOn = givenOn;
		this.kind = kind;
		this.quantity = quantity;
		this.unit = unit;
		this.valueDong = valueDong;
		this.givenBy = givenBy;
	}

	public LocalDate getGivenOn() {
		return givenOn;
	}

	public SupportKind getKind() {
		return kind;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public String getUnit() {
		return unit;
	}

	public long getValueDong() {
		return valueDong;
	}

	public String getGivenBy() {
		return givenBy;
	}

	/** Its fields added to a record's audit snapshot. */
	public void addTo(Map<String, Object> snapshot) {
		snapshot.put("givenOn", givenOn.toString());
		snapshot.put("kind", kind.name());
		snapshot.put("quantity", quantity == null ? null : quantity.stripTrailingZeros().toPlainString());
		snapshot.put("unit", unit);
		snapshot.put("valueDong", valueDong);
		snapshot.put("givenBy", givenBy);
	}

}
