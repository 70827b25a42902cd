package vn.phoihop.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import vn.phoihop.agreement.Agreement;
import vn.phoihop.plan.PlannedItems;
import vn.phoihop.territory.ScopeService;

/**
 * The planned item an activity is carried out under (docs/architecture.md, "Plans and the activity log"): the form
 * offers the open items of the approved plans of the agreements offered for the activity's commune and day, in its
 * month; the save keeps a link only to such an item (or the one it already had, while it still matches the month,
 * commune and agreement), and fills in the item's agreement when none was chosen. Linking marks nothing done.
 */
@Component
class ActivityPlanLink {

	private final PlannedItems items;

	private final ActivityChoices choices;

	private final ScopeService scopes;

	ActivityPlanLink(PlannedItems items, ActivityChoices choices, ScopeService scopes) {
		this.items = items;
		this.choices = choices;
		this.scopes = scopes;
	}

	/** The items offered; {@code current}: the one chosen, shown even when no longer open (an edit keeps its link). */
	List<PlannedItems.Choice> choices(Long communeId, LocalDate day, List<Agreement> offered, Long current) {
		if (communeId == null || day == null) {
			return List.of();
		}
		Set<Long> communes = scopes.withPredecessors(List.of(communeId)).communeIds();
		List<PlannedItems.Choice> open = new ArrayList<>(
				items.openIn(offered.stream().map(Agreement::getId).toList(), communes, YearMonth.from(day)));
		if (current != null && open.stream().noneMatch(c -> c.id().equals(current))) {
			items.find(current).filter(c -> communes.contains(c.communeId())).ifPresent(c -> open.add(0, c));
		}
		return open;
	}

	/** Refuses an item the form could not offer (another month, commune or agreement); an error on its field. */
	void check(ActivityForm f, Activity existing, Errors errors) {
		if (f.plannedItemId == null || f.communeId == null || f.activityDate == null
				|| errors.hasFieldErrors("activityDate") || errors.hasFieldErrors("communeId")) {
			return;
		}
		Set<Long> communes = scopes.withPredecessors(List.of(f.communeId)).communeIds();
		YearMonth month = YearMonth.from(f.activityDate);
		boolean kept = existing != null && f.plannedItemId.equals(existing.getPlannedItemId());
		Optional<PlannedItems.Choice> item = kept ? items.find(f.plannedItemId)
				: items.openIn(choices.agreementsFor(f.communeId, f.activityDate).stream().map(Agreement::getId).toList(),
						communes, month).stream().filter(c -> c.id().equals(f.plannedItemId)).findFirst();
		if (item.isEmpty() || !item.get().yearMonth().equals(month) || !communes.contains(item.get().communeId())) {
			errors.rejectValue("plannedItemId", "activity.plannedItem.notOffered");
			return;
		}
		if (f.agreementId == null && !errors.hasFieldErrors("agreementId")) {
			f.agreementId = item.get().agreementId();
		}
		else if (!item.get().agreementId().equals(f.agreementId)) {
			errors.rejectValue("plannedItemId", "activity.plannedItem.otherAgreement");
		}
	}

	/** The item an activity is linked to, for its page. */
	Optional<PlannedItems.Choice> item(Long id) {
		return items.find(id);
	}

}
