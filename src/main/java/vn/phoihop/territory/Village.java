package vn.phoihop.territory;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/** A village (thôn / bản). Its commune is the one it was registered in; merges are followed from the commune. */
@Entity
@Table(name = "village")
public class Village extends BaseEntity implements Auditable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "commune_id")
	private Commune commune;

	private String name;

	protected Village() {
	}

	public Village(Commune commune, String name) {
		this.commune = commune;
		this.name = name;
	}

	void update(Commune commune, String name) {
		this.commune = commune;
		this.name = name;
	}

	public Commune getCommune() {
		return commune;
	}

	public String getName() {
		return name;
	}

	@Override
	public String auditType() {
		return "Village";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(commune.getId());
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("communeId", commune.getId());
		m.put("name", name);
		return m;
	}

	@Override
	public String toString() {
		return name;
	}

}
