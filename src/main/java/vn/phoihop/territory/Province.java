package vn.phoihop.territory;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

@Entity
@Table(name = "province")
public class Province extends BaseEntity implements Auditable {

	private String code;

	private String name;

	protected Province() {
	}

	public Province(String code, String name) {
		this.code = code;
		this.name = name;
	}

	void update(String code, String name) {
		this.code = code;
		this.name = name;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	@Override
	public String auditType() {
		return "Province";
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", code);
		m.put("name", name);
		return m;
	}

	@Override
	public String toString() {
		return name;
	}

}
