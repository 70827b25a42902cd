package vn.phoihop.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.household.SupportKind;
import vn.phoihop.shared.domain.BaseEntity;

/** Support given to a beneficiary (hỗ trợ): the day, the kind, the quantity and its unit, the value in đồng, by whom. */
@Entity
@Table(name = "programme_support")
public class Support extends BaseEntity implements Auditable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "beneficiary_id")
	private Beneficiary beneficiary;

	@Column(name = "given_on")
	private LocalDate givenOn;

	@Enumerated(EnumType.STRING)
	private SupportKind kind;

	private BigDecimal quantity;

	private String unit;

	@Column(name = "value_dong")
	private long valueDong;

	@Column(name = "given_by")
	private String givenBy;

	protected Support() {
	}

	Support(Beneficiary beneficiary, LocalDate givenOn, SupportKind kind, BigDecimal quantity, String unit,
			long valueDong, String givenBy) {
		this.beneficiary = beneficiary;
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

	@Override
	public String auditType() {
		return "ProgrammeSupport";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(beneficiary.getCommuneId());
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("beneficiaryId", beneficiary.getId());
		m.put("givenOn", givenOn.toString());
		m.put("kind", kind.name());
		m.put("quantity", quantity == null ? null : quantity.stripTrailingZeros().toPlainString());
		m.put("unit", unit);
		m.put("valueDong", valueDong);
		m.put("givenBy", givenBy);
		return m;
	}

}
