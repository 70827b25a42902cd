package vn.phoihop.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the self-managed group, economic model, cadre and assignment screens. */
final class CommunityForms {

	private CommunityForms() {
	}

	public static class GroupForm {

		private Long id;

		private Integer version;

		@NotNull
		private GroupType type;

		@NotBlank
		@Size(max = 160)
		private String name;

		@NotNull
		private Long villageId;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate establishedOn;

		@Size(max = 120)
		private String leaderName;

		@NotNull
		@Min(0)
		@Max(10000)
		private Integer memberCount;

		private List<Long> householdIds = new ArrayList<>();

		static GroupForm from(SelfManagedGroup g) {
			GroupForm f = new GroupForm();
			f.id = g.getId();
			f.version = g.getVersion();
			f.type = g.getType();
			f.name = g.getName();
			f.villageId = g.getVillageId();
			f.establishedOn = g.getEstablishedOn();
			f.leaderName = g.getLeaderName();
			f.memberCount = g.getMemberCount();
			f.householdIds = new ArrayList<>(g.getHouseholdIds());
			return f;
		}

		public Long getId() { return id; }
		public void setId(Long id) { this.id = id; }
		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public GroupType getType() { return type; }
		public void setType(GroupType type) { this.type = type; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public Long getVillageId() { return villageId; }
		public void setVillageId(Long villageId) { this.villageId = villageId; }
		public LocalDate getEstablishedOn() { return establishedOn; }
		public void setEstablishedOn(LocalDate establishedOn) { this.establishedOn = establishedOn; }
		public String getLeaderName() { return leaderName; }
		public void setLeaderName(String leaderName) { this.leaderName = leaderName; }
		public Integer getMemberCount() { return memberCount; }
		public void setMemberCount(Integer memberCount) { this.memberCount = memberCount; }
		public List<Long> getHouseholdIds() { return householdIds; }
		public void setHouseholdIds(List<Long> householdIds) { this.householdIds = householdIds == null ? new ArrayList<>() : householdIds; }

	}

	public static class ModelForm {

		private Long id;

		private Integer version;

		@NotBlank
		@Size(max = 160)
		private String name;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate startedOn;

		@Size(max = 1000)
		private String description;

		private List<Long> householdIds = new ArrayList<>();

		/** A village whose households are offered for adding (not saved). */
		private Long addFromVillageId;

		static ModelForm from(EconomicModel m) {
			ModelForm f = new ModelForm();
			f.id = m.getId();
			f.version = m.getVersion();
			f.name = m.getName();
			f.startedOn = m.getStartedOn();
			f.description = m.getDescription();
			f.householdIds = new ArrayList<>(m.getHouseholdIds());
			return f;
		}

		public Long getId() { return id; }
		public void setId(Long id) { this.id = id; }
		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public LocalDate getStartedOn() { return startedOn; }
		public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }
		public List<Long> getHouseholdIds() { return householdIds; }
		public void setHouseholdIds(List<Long> householdIds) { this.householdIds = householdIds == null ? new ArrayList<>() : householdIds; }
		public Long getAddFromVillageId() { return addFromVillageId; }
		public void setAddFromVillageId(Long addFromVillageId) { this.addFromVillageId = addFromVillageId; }

	}

	public static class CadreForm {

		private Long id;

		private Integer version;

		@NotBlank
		@Size(max = 120)
		private String name;

		@Size(max = 60)
		private String rank;

		@Size(max = 120)
		private String position;

		private boolean partyMember = true;

		static CadreForm from(Cadre c) {
			CadreForm f = new CadreForm();
			f.id = c.getId();
			f.version = c.getVersion();
			f.name = c.getName();
			f.rank = c.getRank();
			f.position = c.getPosition();
			f.partyMember = c.isPartyMember();
			return f;
		}

		public Long getId() { return id; }
		public void setId(Long id) { this.id = id; }
		public Integer getVersion() { return version; }
		public void setVersion(Integer version) { this.version = version; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getRank() { return rank; }
		public void setRank(String rank) { this.rank = rank; }
		public String getPosition() { return position; }
		public void setPosition(String position) { this.position = position; }
		public boolean isPartyMember() { return partyMember; }
		public void setPartyMember(boolean partyMember) { this.partyMember = partyMember; }

	}

	public static class AssignmentForm {

		private Long villageId;

		private Long householdId;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate validFrom;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate validTo;

		public Long getVillageId() { return villageId; }
		public void setVillageId(Long villageId) { this.villageId = villageId; }
		public Long getHouseholdId() { return householdId; }
		public void setHouseholdId(Long householdId) { this.householdId = householdId; }
		public LocalDate getValidFrom() { return validFrom; }
		public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
		public LocalDate getValidTo() { return validTo; }
		public void setValidTo(LocalDate validTo) { this.validTo = validTo; }

	}

}
