package vn.phoihop.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/** A border post (Đồn Biên phòng) and the communes it covers over date ranges. */
@Entity
@Table(name = "border_post")
public class BorderPost extends BaseEntity implements Auditable {

	private String code;

	private String name;

	@Column(name = "provincial_command")
	private String provincialCommand;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "province_id")
	private Province province;

	@OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("validFrom, id")
	private List<PostCoverage> coverage = new ArrayList<>();

	protected BorderPost() {
	}

	public BorderPost(String code, String name, String provincialCommand, Province province) {
		this.code = code;
		this.name = name;
		this.provincialCommand = provincialCommand;
		this.province = province;
	}

	void update(String code, String name, String provincialCommand, Province province) {
		this.code = code;
		this.name = name;
		this.provincialCommand = provincialCommand;
		this.province = province;
	}

	public PostCoverage cover(Commune commune, LocalDate from, LocalDate to) {
		PostCoverage c = new PostCoverage(this, commune, from, to);
		coverage.add(c);
		return c;
	}

	void removeCoverage(Long coverageId) {
		coverage.removeIf(c -> c.getId() != null && c.getId().equals(coverageId));
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getProvincialCommand() {
		return provincialCommand;
	}

	public Province getProvince() {
		return province;
	}

	public List<PostCoverage> getCoverage() {
		return coverage;
	}

	@Override
	public String auditType() {
		return "BorderPost";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(getId());
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", code);
		m.put("name", name);
		m.put("provincialCommand", provincialCommand);
		m.put("provinceId", province.getId());
		m.put("coverage", coverage.stream()
			.map(c -> c.getCommune().getId() + ":" + c.getValidFrom() + ".." + (c.getValidTo() == null ? "" : c.getValidTo()))
			.toList());
		return m;
	}

	@Override
	public String toString() {
		return name;
	}

}
