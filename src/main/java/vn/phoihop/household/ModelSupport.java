package vn.phoihop.household;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

	@Embedded
	private SupportGiven given;

	protected ModelSupport() {
	}

	ModelSupport(EconomicModel model, SupportGiven given) {
		this.model = model;
		this.given = given;
	}

	public Long getModelId() {
		return model.getId();
	}

	public SupportGiven getGiven() {
		return given;
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
		given.addTo(m);
		return m;
	}

}
