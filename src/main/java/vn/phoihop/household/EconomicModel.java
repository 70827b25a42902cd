package vn.phoihop.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * An economic model (mô hình kinh tế) of a commune, with the households taking part, its scale (area, head of
 * livestock by kind) and its yearly results; the support it received is recorded apart ({@link ModelSupport}).
 */
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

	/** The model's area in hectares (its scale, with the head of livestock by kind). */
	@Column(name = "area_ha")
	private BigDecimal areaHa;

	@ElementCollection
	@CollectionTable(name = "economic_model_livestock", joinColumns = @JoinColumn(name = "model_id"))
	private List<LivestockHead> livestock = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "economic_model_result", joinColumns = @JoinColumn(name = "model_id"))
	private List<ModelResult> results = new ArrayList<>();

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

	/** The scale: the area (null: not recorded) and the head of each kind of livestock kept (zero: none). */
	void scale(BigDecimal areaHa, Map<LivestockKind, Integer> heads) {
		this.areaHa = areaHa;
		this.livestock.clear();
		heads.forEach((kind, head) -> {
			if (head != null && head > 0) {
				livestock.add(new LivestockHead(kind, head));
			}
		});
	}

	/** Records a year's result; a year already recorded is replaced. */
	void recordResult(ModelResult result) {
		results.removeIf(r -> r.getYear() == result.getYear());
		results.add(result);
	}

	/** Removes a year's result; false when that year had none. */
	boolean removeResult(int year) {
		return results.removeIf(r -> r.getYear() == year);
	}

	public BigDecimal getAreaHa() {
		return areaHa;
	}

	public List<LivestockHead> getLivestock() {
		return livestock.stream().sorted(Comparator.comparing(LivestockHead::getKind)).toList();
	}

	/** The yearly results, oldest first. */
	public List<ModelResult> getResults() {
		return results.stream().sorted(Comparator.comparingInt(ModelResult::getYear)).toList();
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
		m.put("areaHa", areaHa == null ? null : areaHa.stripTrailingZeros().toPlainString());
		m.put("livestock", getLivestock().stream().map(l -> l.getKind().name() + " " + l.getHead()).toList());
		m.put("results", getResults().stream().map(ModelResult::auditLine).toList());
		return m;
	}

	@Override
	public String toString() {
		return name;
	}

}
