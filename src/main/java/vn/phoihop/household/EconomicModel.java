package vn.phoihop.household;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/** An economic model (mô hình kinh tế) of a commune, with the households taking part. */
@Entity
@Table(name = "economic_model")
public class EconomicModel extends BaseEntity implements Auditable {

	private String name;

	@Column(name = "commune_id")
	private Long communeId;

	@Column(name = "started_on")
	private LocalDate startedOn;

	private String description;

	@ElementCollection
	@CollectionTable(name = "economic_model_household", joinColumns = @JoinColumn(name = "model_id"))
	@Column(name = "household_id")
	private Set<Long> householdIds = new LinkedHashSet<>();

	protected EconomicModel() {
	}

	EconomicModel(Long communeId) {
		this.communeId = communeId;
	}

	void update(String name, LocalDate startedOn, String description, Set<Long> householdIds) {
		this.name = name;
		this.startedOn = startedOn;
		this.description = description;
		this.householdIds.clear();
		this.householdIds.addAll(householdIds);
	}

	public String getName() {
		return name;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public LocalDate getStartedOn() {
		return startedOn;
	}

	public String getDescription() {
		return description;
	}

	public Set<Long> getHouseholdIds() {
		return householdIds;
	}

	@Override
	public String auditType() {
		return "EconomicModel";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(communeId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", name);
		m.put("communeId", communeId);
		m.put("startedOn", startedOn == null ? null : startedOn.toString());
		m.put("description", description);
		m.put("householdIds", householdIds.stream().sorted().toList());
		return m;
	}

	@Override
	public String toString() {
		return name;
	}

}
