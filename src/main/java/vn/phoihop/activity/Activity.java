package vn.phoihop.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.web.DateText;

/** One coordination activity (Hoạt động phối hợp). Other modules' records are referred to by id. */
@Entity
@Table(name = "activity")
public class Activity extends BaseEntity implements Auditable {

	private ActivityType type;

	@Column(name = "activity_date")
	private LocalDate activityDate;

	@Column(name = "date_to")
	private LocalDate dateTo;

	@Column(name = "commune_id")
	private Long communeId;

	@ElementCollection
	@CollectionTable(name = "activity_village", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "village_id")
	private Set<Long> villageIds = new TreeSet<>();

	@Column(name = "agreement_id")
	private Long agreementId;

	@Column(name = "content_area")
	private ContentArea contentArea;

	private String title;

	private String description;

	/** Title and description normalised for search (V041: computed and stored by PostgreSQL, never written here). */
	@Column(name = "search_text", insertable = false, updatable = false)
	private String searchText;

	private String outcome;

	@Column(name = "attendee_count")
	private Integer attendeeCount;

	@Enumerated(EnumType.STRING)
	@Column(name = "patrol_kind")
	private PatrolKind patrolKind;

	@Column(name = "distance_km")
	private BigDecimal distanceKm;

	@Column(name = "duration_hours")
	private BigDecimal durationHours;

	@Column(name = "part_border_guard")
	private Integer borderGuard;

	@Column(name = "part_militia")
	private Integer militia;

	@Column(name = "part_police")
	private Integer police;

	@Column(name = "part_resident")
	private Integer resident;

	@Column(name = "part_other")
	private Integer otherForce;

	@ElementCollection
	@CollectionTable(name = "activity_household", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "household_id")
	private Set<Long> householdIds = new TreeSet<>();

	@Column(name = "economic_model_id")
	private Long economicModelId;

	/** The planned item it was carried out under (the plan module's; ActivityPlanLink checks it). */
	@Column(name = "planned_item_id")
	private Long plannedItemId;

	@Column(name = "logged_by", updatable = false)
	private String loggedBy;

	@Enumerated(EnumType.STRING)
	private ActivityStatus status = ActivityStatus.DRAFT;

	protected Activity() {
	}

	Activity(String loggedBy) {
		this.loggedBy = loggedBy;
	}

	/**
	 * Takes the values; fields that do not belong to the type are cleared. Refused when the activity's month, or the
	 * month it would move to, is locked (concluded) for its commune: a concluded month is read-only until reopened.
	 */
	void update(ActivityValues v, ActivityStatus newStatus, MonthLock.Locks locks) {
		if (activityDate != null && locks.isLocked(communeId, month())) {
			throw new BusinessRuleException(null, "activity.locked", DateText.MONTH.format(month()));
		}
		if (v.activityDate() != null && locks.isLocked(v.communeId(), YearMonth.from(v.activityDate()))) {
			throw new BusinessRuleException("activityDate", "activity.month.locked",
					DateText.MONTH.format(v.activityDate()));
		}
		type = v.type();
		activityDate = v.activityDate();
		dateTo = v.dateTo();
		communeId = v.communeId();
		villageIds.clear();
		villageIds.addAll(v.villageIds());
		agreementId = v.agreementId();
		contentArea = v.contentArea();
		title = v.title();
		description = v.description();
		outcome = v.outcome();
		attendeeCount = type.hasAttendees() ? v.attendeeCount() : null;
		boolean p = type.hasParticipants();
		borderGuard = p ? v.borderGuard() : null;
		militia = p ? v.militia() : null;
		police = p ? v.police() : null;
		resident = p ? v.resident() : null;
		otherForce = p ? v.otherForce() : null;
		householdIds.clear();
		if (type.hasHouseholds()) {
			householdIds.addAll(v.householdIds());
		}
		economicModelId = type.hasHouseholds() ? v.economicModelId() : null;
		status = newStatus;
	}

	/** Refuses any change (an attachment, say) while the activity's month is locked for its commune. */
	void requireEditable(MonthLock.Locks locks) {
		if (locks.isLocked(communeId, month())) {
			throw new BusinessRuleException("file", "activity.locked", DateText.MONTH.format(month()));
		}
	}

	public YearMonth month() {
		return YearMonth.from(activityDate);
	}

	public int participantTotal() {
		return n(borderGuard) + n(militia) + n(police) + n(resident) + n(otherForce);
	}

	private static int n(Integer i) {
		return i == null ? 0 : i;
	}

	public ActivityType getType() { return type; }
	public LocalDate getActivityDate() { return activityDate; }
	public LocalDate getDateTo() { return dateTo; }
	public Long getCommuneId() { return communeId; }
	public Set<Long> getVillageIds() { return villageIds; }
	public Long getAgreementId() { return agreementId; }
	public ContentArea getContentArea() { return contentArea; }
	public String getTitle() { return title; }
	public String getDescription() { return description; }
	public String getOutcome() { return outcome; }
	public Integer getAttendeeCount() { return attendeeCount; }
	public Integer getBorderGuard() { return borderGuard; }
	public Integer getMilitia() { return militia; }
	public Integer getPolice() { return police; }
	public Integer getResident() { return resident; }
	public Integer getOtherForce() { return otherForce; }
	public Set<Long> getHouseholdIds() { return householdIds; }
	public Long getEconomicModelId() { return economicModelId; }
	public String getLoggedBy() { return loggedBy; }
	public ActivityStatus getStatus() { return status; }

	/** A patrol's kind, distance and duration (all optional); an activity of another type keeps none. */
	void describePatrol(PatrolKind kind, BigDecimal distanceKm, BigDecimal durationHours) {
		boolean patrol = type == ActivityType.PATROL;
		this.patrolKind = patrol ? kind : null;
		this.distanceKm = patrol ? distanceKm : null;
		this.durationHours = patrol ? durationHours : null;
	}

	/** Carried out under this planned item (or none); marks nothing done on the item. */
	void linkPlannedItem(Long plannedItemId) {
		this.plannedItemId = plannedItemId;
	}

	public Long getPlannedItemId() {
		return plannedItemId;
	}

	public PatrolKind getPatrolKind() {
		return patrolKind;
	}

	public BigDecimal getDistanceKm() {
		return distanceKm;
	}

	public BigDecimal getDurationHours() {
		return durationHours;
	}

	@Override
	public String auditType() {
		return "Activity";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.commune(communeId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("type", type == null ? null : type.name());
		m.put("activityDate", activityDate == null ? null : activityDate.toString());
		m.put("dateTo", dateTo == null ? null : dateTo.toString());
		m.put("communeId", communeId);
		m.put("villageIds", List.copyOf(villageIds));
		m.put("agreementId", agreementId);
		m.put("contentArea", contentArea == null ? null : contentArea.name());
		m.put("title", title);
		m.put("description", description);
		m.put("outcome", outcome);
		m.put("attendeeCount", attendeeCount);
		m.put("borderGuard", borderGuard);
		m.put("militia", militia);
		m.put("police", police);
		m.put("resident", resident);
		m.put("otherForce", otherForce);
		m.put("householdIds", List.copyOf(householdIds));
		m.put("economicModelId", economicModelId);
		m.put("status", status.name());
		if (plannedItemId != null) {
			m.put("plannedItemId", plannedItemId);
		}
		if (patrolKind != null || distanceKm != null || durationHours != null) {
			m.put("patrolKind", patrolKind == null ? null : patrolKind.name());
			m.put("distanceKm", distanceKm == null ? null : distanceKm.toPlainString());
			m.put("durationHours", durationHours == null ? null : durationHours.toPlainString());
		}
		return m;
	}

	@Override
	public String toString() {
		return (type == null ? "" : type.name()) + " " + activityDate + " " + (title == null ? "" : title);
	}

}
