package vn.phoihop.household;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a support (to a model, or to a programme's beneficiary; the fragment {@code household/_support ::
 * fields}): its values, read as a {@link SupportGiven}.
 */
public class SupportForm {

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

	/** A new form for the day given. */
	public static SupportForm on(LocalDate day) {
		SupportForm f = new SupportForm();
		f.givenOn = day;
		return f;
	}

	/** The support as typed (blank unit and giver as none). */
	public SupportGiven given() {
		return new SupportGiven(givenOn, kind, quantity, HouseholdService.blank(unit), valueDong,
				HouseholdService.blank(givenBy));
	}

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
