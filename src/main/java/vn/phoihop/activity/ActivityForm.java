package vn.phoihop.activity;

import static vn.phoihop.shared.web.WebConfig.clean;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.agreement.ContentArea;

/**
 * The activity screen. Counts are Integer so that "2.5" or "abc" is a type mismatch with its own message; the rules
 * (dates, ranges, commune, completeness) are checked by {@link ActivityRules} when the form is saved, the lock by
 * the activity itself.
 */
class ActivityForm {

	Long id;

	Integer version;

	/** One-time token of a new-activity form (double-submit guard). */
	String token;

	ActivityType type;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate activityDate;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate dateTo;

	Long communeId;

	Set<Long> villageIds = new LinkedHashSet<>();

	Long agreementId;

	ContentArea contentArea;

	@Size(max = 300)
	String title;

	@Size(max = 5000)
	String description;

	@Size(max = 5000)
	String outcome;

	Integer attendeeCount;

	PatrolKind patrolKind;

	BigDecimal distanceKm;

	BigDecimal durationHours;

	Integer borderGuard;

	Integer militia;

	Integer police;

	Integer resident;

	Integer otherForce;

	/** Household ids, separated by commas or spaces (the household picker comes with the household module). */
	@Size(max = 2000)
	String householdIds;

	Long economicModelId;

	/** The planned item it is carried out under, among those offered (ActivityPlanLink). */
	Long plannedItemId;

	/**
	 * What the form last proposed (the agreement when only one applies, the content area of the type): a field
	 * that differs from its proposal is the user's choice and is never proposed over ({@link ActivityChoices#propose}).
	 */
	Long proposedAgreementId;

	ContentArea proposedContentArea;

	/** Photos (or scans) sent with the form, saved with the activity in the same transaction. */
	List<MultipartFile> photos = new ArrayList<>();

	static ActivityForm from(Activity a) {
		ActivityForm f = new ActivityForm();
		f.id = a.getId();
		f.version = a.getVersion();
		f.type = a.getType();
		f.activityDate = a.getActivityDate();
		f.dateTo = a.getDateTo();
		f.communeId = a.getCommuneId();
		f.villageIds = new LinkedHashSet<>(a.getVillageIds());
		f.agreementId = a.getAgreementId();
		f.contentArea = a.getContentArea();
		f.title = a.getTitle();
		f.description = a.getDescription();
		f.outcome = a.getOutcome();
		f.attendeeCount = a.getAttendeeCount();
		f.borderGuard = a.getBorderGuard();
		f.patrolKind = a.getPatrolKind();
		f.distanceKm = a.getDistanceKm();
		f.durationHours = a.getDurationHours();
		f.militia = a.getMilitia();
		f.police = a.getPolice();
		f.resident = a.getResident();
		f.otherForce = a.getOtherForce();
		f.householdIds = String.join(", ", a.getHouseholdIds().stream().map(String::valueOf).toList());
		f.economicModelId = a.getEconomicModelId();
		f.plannedItemId = a.getPlannedItemId();
		return f;
	}

	/** The household ids typed, or null when the text is not a list of positive whole numbers. */
	Set<Long> householdIdSet() {
		Set<Long> ids = new LinkedHashSet<>();
		if (householdIds == null || householdIds.isBlank()) {
			return ids;
		}
		for (String part : householdIds.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				long id = Long.parseLong(part.strip());
				if (id <= 0) {
					return null;
				}
				ids.add(id);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return ids;
	}

	/** The values typed, for {@link Activity#update} (the household ids parsed: call after the rules accepted them). */
	ActivityValues values() {
		Set<Long> households = householdIdSet();
		return new ActivityValues(type, activityDate, dateTo, communeId, villageIds, agreementId, contentArea,
				clean(title), clean(description), clean(outcome), attendeeCount, borderGuard, militia, police, resident,
				otherForce, households == null ? Set.of() : households, economicModelId);
	}


	public Long getId() { return id; }
	public void setId(Long id) { this.id = id; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getToken() { return token; }
	public void setToken(String token) { this.token = token; }
	public ActivityType getType() { return type; }
	public void setType(ActivityType type) { this.type = type; }
	public LocalDate getActivityDate() { return activityDate; }
	public void setActivityDate(LocalDate activityDate) { this.activityDate = activityDate; }
	public LocalDate getDateTo() { return dateTo; }
	public void setDateTo(LocalDate dateTo) { this.dateTo = dateTo; }
	public Long getCommuneId() { return communeId; }
	public void setCommuneId(Long communeId) { this.communeId = communeId; }
	public Set<Long> getVillageIds() { return villageIds; }
	public void setVillageIds(Set<Long> villageIds) { this.villageIds = villageIds == null ? new LinkedHashSet<>() : villageIds; }
	public Long getAgreementId() { return agreementId; }
	public void setAgreementId(Long agreementId) { this.agreementId = agreementId; }
	public ContentArea getContentArea() { return contentArea; }
	public void setContentArea(ContentArea contentArea) { this.contentArea = contentArea; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getOutcome() { return outcome; }
	public void setOutcome(String outcome) { this.outcome = outcome; }
	public Integer getAttendeeCount() { return attendeeCount; }
	public void setAttendeeCount(Integer attendeeCount) { this.attendeeCount = attendeeCount; }
	public PatrolKind getPatrolKind() { return patrolKind; }
	public void setPatrolKind(PatrolKind patrolKind) { this.patrolKind = patrolKind; }
	public BigDecimal getDistanceKm() { return distanceKm; }
	public void setDistanceKm(BigDecimal distanceKm) { this.distanceKm = distanceKm; }
	public BigDecimal getDurationHours() { return durationHours; }
	public void setDurationHours(BigDecimal durationHours) { this.durationHours = durationHours; }
	public Integer getBorderGuard() { return borderGuard; }
	public void setBorderGuard(Integer borderGuard) { this.borderGuard = borderGuard; }
	public Integer getMilitia() { return militia; }
	public void setMilitia(Integer militia) { this.militia = militia; }
	public Integer getPolice() { return police; }
	public void setPolice(Integer police) { this.police = police; }
	public Integer getResident() { return resident; }
	public void setResident(Integer resident) { this.resident = resident; }
	public Integer getOtherForce() { return otherForce; }
	public void setOtherForce(Integer otherForce) { this.otherForce = otherForce; }
	public String getHouseholdIds() { return householdIds; }
	public void setHouseholdIds(String householdIds) { this.householdIds = householdIds; }
	public Long getEconomicModelId() { return economicModelId; }
	public void setEconomicModelId(Long economicModelId) { this.economicModelId = economicModelId; }
	public Long getPlannedItemId() { return plannedItemId; }
	public void setPlannedItemId(Long plannedItemId) { this.plannedItemId = plannedItemId; }
	public Long getProposedAgreementId() { return proposedAgreementId; }
	public void setProposedAgreementId(Long proposedAgreementId) { this.proposedAgreementId = proposedAgreementId; }
	public ContentArea getProposedContentArea() { return proposedContentArea; }
	public void setProposedContentArea(ContentArea proposedContentArea) { this.proposedContentArea = proposedContentArea; }
	public List<MultipartFile> getPhotos() { return photos; }
	public void setPhotos(List<MultipartFile> photos) { this.photos = photos == null ? new ArrayList<>() : photos; }

}
