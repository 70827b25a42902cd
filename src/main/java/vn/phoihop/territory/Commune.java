package vn.phoihop.territory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/**
 * A commune (xã), ward or special zone. After the 2025 reform it may have been merged into a new commune: it then
 * keeps its records and its identity, with {@code mergedInto} and {@code mergedOn} set.
 */
@Entity
@Table(name = "commune")
public class Commune extends BaseEntity implements Auditable {

	private String code;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "province_id")
	private Province province;

	@Column(name = "former_district")
	private String formerDistrict;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "merged_into_id")
	private Commune mergedInto;

	@Column(name = "merged_on")
	private LocalDate mergedOn;

	protected Commune() {
	}

	public Commune(String code, String name, Province province, String formerDistrict) {
		this.code = code;
		this.name = name;
		this.province = province;
		this.formerDistrict = formerDistrict;
	}

	void update(String code, String name, Province province, String formerDistrict) {
		this.code = code;
		this.name = name;
		this.province = province;
		this.formerDistrict = formerDistrict;
	}

	/** Guarded transition: a commune merges once, into another commune. */
	void mergeInto(Commune target, LocalDate effectiveOn) {
		if (mergedInto != null) {
			throw new IllegalStateException("already merged");
		}
		if (target == this) {
			throw new IllegalArgumentException("cannot merge into itself");
		}
		this.mergedInto = target;
		this.mergedOn = effectiveOn;
	}

	public boolean isMerged() {
		return mergedInto != null;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public Province getProvince() {
		return province;
	}

	public String getFormerDistrict() {
		return formerDistrict;
	}

	public Commune getMergedInto() {
		return mergedInto;
	}

	public LocalDate getMergedOn() {
		return mergedOn;
	}

	/** Name with the former district, to tell the old Dân Hóa from the new one. */
	public String getLabel() {
		return formerDistrict == null ? name : name + " (" + formerDistrict + ")";
	}

	@Override
	public String auditType() {
		return "Commune";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(getId());
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", code);
		m.put("name", name);
		m.put("provinceId", province.getId());
		m.put("formerDistrict", formerDistrict);
		m.put("mergedIntoId", mergedInto == null ? null : mergedInto.getId());
		m.put("mergedOn", mergedOn == null ? null : mergedOn.toString());
		return m;
	}

	@Override
	public String toString() {
		return getLabel();
	}

}
