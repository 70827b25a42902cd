package vn.phoihop.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.phoihop.activity.Patrols;
import vn.phoihop.activity.Patrols.PatrolRef;
import vn.phoihop.border.MarkerCondition;
import vn.phoihop.border.Markers;
import vn.phoihop.border.Markers.MarkerRef;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.ScopeService;

/**
 * What a patrol did along its route (docs/design.md §13): the markers it inspected, with the condition found (border
 * inspections, named by the patrol), and its findings (situation items linked to it). The activity module knows
 * nothing of these: this module reads the patrol through the activity's {@code patrol} interface.
 */
@Service
@Transactional
class PatrolResults {

	/** The patrol's page: the patrol, the markers of its commune, the conditions recorded, the items found. */
	record Results(PatrolRef patrol, List<MarkerRef> markers, Map<Long, MarkerCondition> inspected,
			List<SituationList.Line> found) {
	}

	private final Patrols patrols;

	private final Markers markers;

	private final SituationCommands commands;

	private final SituationList list;

	private final ScopeService scopes;

	PatrolResults(Patrols patrols, Markers markers, SituationCommands commands, SituationList list,
			ScopeService scopes) {
		this.patrols = patrols;
		this.markers = markers;
		this.commands = commands;
		this.list = list;
		this.scopes = scopes;
	}

	@Transactional(readOnly = true)
	Results read(CurrentUser user, Long activityId) {
		PatrolRef patrol = patrols.readable(user, activityId).orElseThrow(NotFoundException::new);
		return new Results(patrol,
				markers.inCommunes(scopes.withPredecessors(List.of(patrol.communeId())).communeIds()),
				markers.inspectedBy(activityId), list.foundBy(user, activityId));
	}

	/**
	 * Records the form: the conditions found (replacing the patrol's earlier ones) and each finding as a new item.
	 * Errors of the form go into {@code errors} with nothing saved.
	 */
	void save(CurrentUser user, Long activityId, PatrolResultsForm form, Errors errors) {
		Results results = read(user, activityId);
		if (!results.patrol().mayRecord()) {
			throw new AccessDeniedException("patrol results");
		}
		Set<Long> offered = results.markers().stream().map(MarkerRef::id).collect(Collectors.toSet());
		Map<Long, MarkerCondition> inspected = form.inspected();
		if (!offered.containsAll(inspected.keySet())) {
			errors.rejectValue("conditions", "situation.patrol.markerNotOnRoute");
		}
		if (!inspected.isEmpty() && form.getInspectedBy() == null) {
			errors.rejectValue("inspectedBy", "NotBlank");
		}
		for (int i = 0; i < form.getFindings().size(); i++) {
			PatrolResultsForm.Finding f = form.getFindings().get(i);
			if (f.isBlank()) {
				continue;
			}
			if (f.getCategoryId() == null) {
				errors.rejectValue("findings[" + i + "].categoryId", "NotNull");
			}
			if (f.getSeverity() == null) {
				errors.rejectValue("findings[" + i + "].severity", "NotNull");
			}
			if (f.getSummary() == null) {
				errors.rejectValue("findings[" + i + "].summary", "NotBlank");
			}
		}
		if (errors.hasErrors()) {
			return;
		}
		PatrolRef patrol = results.patrol();
		if (patrol.date().isAfter(LocalDate.now())) {
			errors.reject("situation.patrol.future");
			return;
		}
		try {
			record(user, patrol, form, inspected);
		}
		catch (BusinessRuleException ex) {
			// a rule of the item or the inspection: said above the form, whose fields are not the item's
			throw new BusinessRuleException(null, ex.getMessageKey(), ex.getArgs());
		}
	}

	private void record(CurrentUser user, PatrolRef patrol, PatrolResultsForm form,
			Map<Long, MarkerCondition> inspected) {
		Long activityId = patrol.id();
		markers.recordPatrol(user, activityId, patrol.date(), form.getInspectedBy(), inspected);
		for (PatrolResultsForm.Finding f : form.getFindings()) {
			if (f.isBlank()) {
				continue;
			}
			SituationForm item = new SituationForm();
			item.setCommuneId(patrol.communeId());
			item.setActivityId(activityId);
			item.setOccurredOn(patrol.date());
			item.setCategoryId(f.getCategoryId());
			item.setSource(Source.POST_PATROL);
			item.setSeverity(f.getSeverity());
			item.setSummary(f.getSummary());
			item.setWhatHappened(f.getWhatHappened());
			item.setRestricted(f.isRestricted());
			commands.create(user, item);
		}
	}

}
