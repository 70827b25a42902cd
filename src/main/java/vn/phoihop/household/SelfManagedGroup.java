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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/** A self-managed group (tổ tự quản) of a village: security &amp; order, or border line &amp; markers. */
@Entity
@Table(name = "self_managed_group")
public class SelfManagedGroup extends BaseEntity implements Auditable {

	@Enumerated(EnumType.STRING)
	private GroupType type;

	private String name;

	@Column(name = "commune_id")
	private Long communeId;

	@Column(name = "village_id")
	private Long villageId;

	@Column(name = "established_on")
	private LocalDate establishedOn;

	@Column(name = "leader_name")
	private String leaderName;

	@Column(name = "member_count")
	private int memberCount;

	@ElementCollection
	@CollectionTable(name = "self_managed_group_household", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "household_id")
	private Set<Long> householdIds = new LinkedHashSet<>();

	protected SelfManagedGroup() {
	}

	SelfManagedGroup(Long communeId) {
		this.communeId = communeId;
	}

	void update(GroupType type, String name, Long villageId, LocalDate establishedOn, String leaderName,
			int memberCount, Set<Long> householdIds) {
		this.type = type;
		this.name = name;
		this.villageId = villageId;
		this.establishedOn = establishedOn;
		this.leaderName = leaderName;
		this.memberCount = memberCount;
		this.householdIds.clear();
		this.householdIds.addAll(householdIds);
	}

	public GroupType getType() {
		return type;
	}

	public String getName() {
		return name;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public Long getVillageId() {
		return villageId;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public String getLeaderName() {
		return leaderName;
	}

	public int getMemberCount() {
		return memberCount;
	}

	public Set<Long> getHouseholdIds() {
		return householdIds;
	}

	@Override
	public String auditType() {
		return "SelfManagedGroup";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(communeId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("type", type == null ? null : type.name());
		m.put("name", name);
		m.put("communeId", communeId);
		m.put("villageId", villageId);
		m.put("establishedOn", establishedOn == null ? null : establishedOn.toString());
		m.put("leaderName", leaderName);
		m.put("memberCount", memberCount);
		m.put("householdIds", householdIds.stream().sorted().toList());
		return m;
	}

	@Override
	public String toString() {
		return name;
	}

}
