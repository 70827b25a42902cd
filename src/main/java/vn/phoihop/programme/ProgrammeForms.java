package vn.phoihop.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import vn.phoihop.household.SupportKind;

/** The programme pages' forms (never the entities themselves). */
final class ProgrammeForms {

	private ProgrammeForms() {
	}

	/** A programme: created for the user's unit (a commander's post, an official's commune). */
	public static class ProgrammeForm {

		private Integer version;

		@NotNull
		private Long kindId;

		@NotBlank
		@Size(max = 200)
		private String name;

		@NotNull
		@DateTimeFormat(pattern = "yyyy-MM-dd")
		private LocalDate startsOn;

		@DateTimeFormat(pattern = "yyyy-MM-dd")
		private LocalDate endsOn;

		@Size(max = 2000)
		private String description;

		static ProgrammeForm from(Programme p) {
			ProgrammeForm f = new ProgrammeForm();
			f.version = p.getVersion();
			f.kindId = p.getKindId();
			f.name = p.getName();
			f.startsOn = p.getStartsOn();
			f.endsOn = p.getEndsOn();
			f.description = p.getDescription();
			return f;
		}

		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public Long getKindId() { return kindId; }
		public void setKindId(Long kindId) { this.kindId = kindId; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public LocalDate getStartsOn() { return startsOn; }
		public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
		public LocalDate getEndsOn() { return endsOn; }
		public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }

	}

	/**
	 * A beneficiary chosen on the picker: {@code who} is {@code h:<household>} for a household or
	 * {@code m:<household>:<member>} for a person of it.
	 */
	public static class BeneficiaryForm {

		@NotBlank(message = "{programme.beneficiary.who.required}")
		private String who;

		@NotNull
		@DateTimeFormat(pattern = "yyyy-MM-dd")
		private LocalDate joinedOn;

		/** The household chosen, or null when {@code who} is not one of the two forms. */
		Long householdId() {
			String[] parts = who == null ? new String[0] : who.split(":");
			try {
				return parts.length >= 2 && (parts[0].equals("h") || parts[0].equals("m")) ? Long.valueOf(parts[1])
						: null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		/** The person chosen, or null for a household. */
		Long memberId() {
			String[] parts = who == null ? new String[0] : who.split(":");
			try {
				return parts.length == 3 && parts[0].equals("m") ? Long.valueOf(parts[2]) : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		public String getWho() { return who; }
		public void setWho(String who) { this.who = who; }
		public LocalDate getJoinedOn() { return joinedOn; }
		public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }

	}

	/** Support given to a beneficiary. */
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

	/** A beneficiary leaving: the day and why. */
	public static class LeaveForm {

		private Integer version;

		@NotNull
		@DateTimeFormat(pattern = "yyyy-MM-dd")
		private LocalDate leftOn;

		@NotBlank
		@Size(max = 500)
		private String reason;

		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public LocalDate getLeftOn() { return leftOn; }
		public void setLeftOn(LocalDate leftOn) { this.leftOn = leftOn; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }

	}

}
