package vn.phoihop.household;

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
import vn.phoihop.shared.domain.BaseEntity;

/** A support an economic model received: when, what (seedlings, livestock…), how much, its value in đồng, from whom. */
@Entity
@Table(name = "economic_model_support")
public class ModelSupport extends BaseEntity implements Auditable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "model_id")
	private EconomicModel model;

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

	protected ModelSupport() {
	}

	ModelSupport(EconomicModel model, LocalDate givenOn, SupportKind kind, BigDecimal quantity, String unit,
			long valueDong, String givenBy) {
		this.model = model;
		this.givenOn = givenOn;
		this.kind = kind;
		this.quantity = quantity;
		this.unit = unit;
		this.valueDong = valueDong;
		this.givenBy = givenBy;
	}

	public Long getModelId() {
		return model.getId();
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
		return "ModelSupport";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(model.getCommuneId());
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("modelId", model.getId());
		m.put("givenOn", givenOn.toString());
		m.put("kind", kind.name());
		m.put("quantity", quantity == null ? null : quantity.stripTrailingZeros().toPlainString());
		m.put("unit", unit);
		m.put("valueDong", valueDong);
		m.put("givenBy", givenBy);
		return m;
	}

}
