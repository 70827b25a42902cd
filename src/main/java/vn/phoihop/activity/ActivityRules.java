package vn.phoihop.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

import vn.phoihop.agreement.Agreement;
import vn.phoihop.agreement.AgreementService;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.Village;

/**
 * The rules of an activity form, each error on its field; completeness only when submitting (a draft may be
 * incomplete). Checked once per save, inside the save's transaction ({@link ActivityCommands}), with the activity
 * being edited already read and the month locks read once ({@link MonthLock#forOneSave}).
 */
@Component
class ActivityRules {

	static final int MAX_ATTENDEES = 5000;

	static final int MAX_PER_FORCE = 1000;

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ActivityAccess access;

	private final ActivityChoices choices;

	private final AgreementService agreements;

	private final ScopeService scopes;

	ActivityRules(ActivityAccess access, ActivityChoices choices, AgreementService agreements, ScopeService scopes) {
		this.access = access;
		this.choices = choices;
		this.agreements = agreements;
		this.scopes = scopes;
	}

	/** {@code existing}: the activity being edited (already read in the user's scope), or {@code null} for a new one. */
	void check(CurrentUser user, ActivityForm f, Activity existing, boolean submit, MonthLock.Locks locks,
			Errors errors) {
		if (existing != null && locks.isLocked(existing.getCommuneId(), existing.month())) {
			errors.reject("activity.locked", new Object[] { DateText.MONTH.format(existing.month()) },
					"activity.locked");
		}
		if (f.type == null) {
			errors.rejectValue("type", "activity.type.required");
		}
		if (f.communeId == null) {
			errors.rejectValue("communeId", "activity.commune.required");
		}
		else if (!access.mayLogIn(user, f.communeId)
				&& (existing == null || !existing.getCommuneId().equals(f.communeId))) {
			errors.rejectValue("communeId", "activity.commune.notAllowed");
		}
		dates(f, errors);
		if (f.communeId != null && !errors.hasFieldErrors("communeId") && !errors.hasGlobalErrors()) {
			lockedMonth(f, locks, errors);
		}
		if (f.agreementId != null) {
			agreement(f, errors);
		}
		if (f.communeId != null && !f.villageIds.isEmpty()) {
			Set<Long> allowed = new HashSet<>(choices.villagesFor(f.communeId).stream().map(Village::getId).toList());
			if (!allowed.containsAll(f.villageIds)) {
				errors.rejectValue("villageIds", "activity.villages.notInCommune");
			}
		}
		range(errors, "attendeeCount", f.attendeeCount, MAX_ATTENDEES);
		range(errors, "borderGuard", f.borderGuard, MAX_PER_FORCE);
		range(errors, "militia", f.militia, MAX_PER_FORCE);
		range(errors, "police", f.police, MAX_PER_FORCE);
		range(errors, "resident", f.resident, MAX_PER_FORCE);
		range(errors, "otherForce", f.otherForce, MAX_PER_FORCE);
		measure(errors, "distanceKm", f.distanceKm, 500);
		measure(errors, "durationHours", f.durationHours, 240);
		if (f.type != null && f.type.hasHouseholds() && f.householdIdSet() == null) {
			errors.rejectValue("householdIds", "activity.households.invalid");
		}
		if (f.economicModelId != null && f.economicModelId <= 0) {
			errors.rejectValue("economicModelId", "activity.economicModel.invalid");
		}
		if (submit) {
			completeness(f, errors);
		}
	}

	/**
	 * What can be said of one of the form's dates ({@code activityDate} or {@code dateTo}) as soon as it is chosen,
	 * before the rest is filled in (the form asks when a date, the commune or the type changes): a day in the future,
	 * an end before the start, or a day in a month of the commune that is concluded and locked. The same rules as
	 * {@link #check}; null when the date is fine so far.
	 */
	FieldError dateNotice(CurrentUser user, ActivityForm f, MonthLock.Locks locks, String field) {
		if (("dateTo".equals(field) ? f.dateTo : f.activityDate) == null) {
			return null;
		}
		Errors errors = new BeanPropertyBindingResult(f, "form");
		dates(f, errors);
		if ("activityDate".equals(field) && !errors.hasFieldErrors(field) && f.communeId != null
				&& access.mayLogIn(user, f.communeId)) {
			lockedMonth(f, locks, errors);
		}
		return errors.getFieldError(field);
	}

	private static void lockedMonth(ActivityForm f, MonthLock.Locks locks, Errors errors) {
		if (f.activityDate != null && locks.isLocked(f.communeId, YearMonth.from(f.activityDate))) {
			errors.rejectValue("activityDate", "activity.month.locked",
					new Object[] { DateText.MONTH.format(f.activityDate) }, "activity.month.locked");
		}
	}

	private static void dates(ActivityForm f, Errors errors) {
		LocalDate today = LocalDate.now();
		if (f.activityDate == null) {
			if (!errors.hasFieldErrors("activityDate")) {
				errors.rejectValue("activityDate", "activity.date.required");
			}
		}
		else if (f.activityDate.isAfter(today)) {
			errors.rejectValue("activityDate", "activity.date.future");
		}
		if (f.dateTo != null) {
			if (f.dateTo.isAfter(today)) {
				errors.rejectValue("dateTo", "activity.date.future");
			}
			else if (f.activityDate != null && f.dateTo.isBefore(f.activityDate)) {
				errors.rejectValue("dateTo", "activity.dateTo.beforeFrom");
			}
		}
	}

	/** The agreement must be one of the commune's (or its predecessors'), valid on the dates, with the content area. */
	private void agreement(ActivityForm f, Errors errors) {
		Agreement ag = agreements.find(f.agreementId).orElse(null);
		Set<Long> communes = f.communeId == null ? Set.of()
				: scopes.withPredecessors(List.of(f.communeId)).communeIds();
		if (ag == null || ag.getCommuneIds().stream().noneMatch(communes::contains)) {
			errors.rejectValue("agreementId", "activity.agreement.notForCommune");
			return;
		}
		Object[] validity = { DMY.format(ag.getValidFrom()), DMY.format(ag.getValidTo()) };
		if (f.activityDate != null && !ag.isValidOn(f.activityDate) && !errors.hasFieldErrors("activityDate")) {
			errors.rejectValue("activityDate", "activity.date.outsideAgreement", validity,
					"activity.date.outsideAgreement");
		}
		if (f.dateTo != null && !ag.isValidOn(f.dateTo) && !errors.hasFieldErrors("dateTo")) {
			errors.rejectValue("dateTo", "activity.date.outsideAgreement", validity, "activity.date.outsideAgreement");
		}
		if (f.contentArea != null && !ag.getContentAreas().isEmpty() && !ag.getContentAreas().contains(f.contentArea)) {
			errors.rejectValue("contentArea", "activity.contentArea.notInAgreement");
		}
	}

	private static void completeness(ActivityForm f, Errors errors) {
		if (f.title == null || f.title.isBlank()) {
			errors.rejectValue("title", "activity.title.required");
		}
		if (f.villageIds.isEmpty() && !errors.hasFieldErrors("villageIds")) {
			errors.rejectValue("villageIds", "activity.villages.required");
		}
		if (f.contentArea == null && !errors.hasFieldErrors("contentArea")) {
			errors.rejectValue("contentArea", "activity.contentArea.required");
		}
		if (f.type == null) {
			return;
		}
		if (f.type.hasAttendees() && f.attendeeCount == null && !errors.hasFieldErrors("attendeeCount")) {
			errors.rejectValue("attendeeCount", "activity.attendees.required");
		}
		if (f.type.hasParticipants() && !errors.hasFieldErrors("borderGuard") && !errors.hasFieldErrors("militia")
				&& !errors.hasFieldErrors("police") && !errors.hasFieldErrors("resident")
				&& !errors.hasFieldErrors("otherForce")) {
			int total = n(f.borderGuard) + n(f.militia) + n(f.police) + n(f.resident) + n(f.otherForce);
			if (total < 1) {
				errors.rejectValue("borderGuard", "activity.participants.required");
			}
		}
		if (f.type.hasHouseholds() && !errors.hasFieldErrors("householdIds")) {
			Set<Long> ids = f.householdIdSet();
			if (ids == null || ids.isEmpty()) {
				errors.rejectValue("householdIds", "activity.households.required");
			}
		}
	}

	private static int n(Integer i) {
		return i == null ? 0 : i;
	}

	/** A patrol's distance or duration: one decimal place, from 0 to {@code max}. */
	private static void measure(Errors errors, String field, BigDecimal value, int max) {
		if (value != null && !errors.hasFieldErrors(field)
				&& (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0 || value.scale() > 1)) {
			errors.rejectValue(field, "activity.measure.range", new Object[] { 0, max }, "activity.measure.range");
		}
	}

	private static void range(Errors errors, String field, Integer value, int max) {
		if (value != null && !errors.hasFieldErrors(field) && (value < 0 || value > max)) {
			errors.rejectValue(field, "activity.count.range", new Object[] { 0, max }, "activity.count.range");
		}
	}

}
