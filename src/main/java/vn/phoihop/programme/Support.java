package vn.phoihop.programme;

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
import vn.phoihop.household.SupportGiven;
import vn.phoihop.shared.domain.BaseEntity;

/** Support given to a beneficiary (hỗ trợ): the day, the kind, the quantity and its unit, the value in đồng, by whom. */
@Entity
@Table(name = "programme_support")
public class Support extends BaseEntity implements Auditable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "beneficiary_id")
	private Beneficiary beneficiary;

	@Embedded
	private SupportGiven given;

	protected Support() {
	}

	Support(Beneficiary beneficiary, SupportGiven given) {
		this.beneficiary = beneficiary;
		this.given = given;
	}

	public SupportGiven getGiven() {
		return given;
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
		given.addTo(m);
		return m;
	}

}
