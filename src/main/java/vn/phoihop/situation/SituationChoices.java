package vn.phoihop.situation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.border.Markers;
import vn.phoihop.reference.ReferenceData;
import vn.phoihop.reference.ReferenceKind;
import vn.phoihop.reference.ReferenceValue;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

/** What the register's pages name and offer: categories in the reader's language, the scope's communes and villages. */
@Component
@Transactional(readOnly = true)
class SituationChoices {

	private final ReferenceData reference;

	private final TerritoryService territory;

	private final ScopeService scopes;

	private final Markers markers;

	SituationChoices(ReferenceData reference, TerritoryService territory, ScopeService scopes, Markers markers) {
		this.markers = markers;
		this.reference = reference;
		this.territory = territory;
		this.scopes = scopes;
	}

	/**
	 * The categories in the register's order, retired ones too: the reference data's rows as {@link ReferenceData}
	 * keeps them (read again when {@code /admin/reference} changes one), no statement of the page's own.
	 */
	private List<ReferenceValue> categories() {
		return reference.all(ReferenceKind.SITUATION_CATEGORY);
	}

	/** Category labels by id in the reader's language, in the categories' order. */
	Map<Long, String> categoryLabels(Locale locale) {
		Map<Long, String> labels = new LinkedHashMap<>();
		categories().forEach(c -> labels.put(c.id(), c.label(locale)));
		return labels;
	}

	/**
	 * The categories a form offers, labels by id: the active ones and those the record already has (a category
	 * retired in /admin/reference is not offered for a new item).
	 */
	Map<Long, String> offeredCategoryLabels(Locale locale, java.util.Collection<Long> current) {
		Map<Long, String> labels = new LinkedHashMap<>();
		categories().stream().filter(c -> c.active() || current.contains(c.id()))
			.forEach(c -> labels.put(c.id(), c.label(locale)));
		return labels;
	}

	/** The communes of the reader's scope (a filter's choices; every row shown is in scope). */
	List<Commune> communesInScope(CurrentUser user) {
		return territory.communesIn(scopes.scopeOf(user));
	}

	List<Village> villagesInScope(CurrentUser user) {
		return territory.villagesIn(scopes.scopeOf(user));
	}

	/** Villages of a commune and its predecessors (a village keeps its identity through a merge). */
	List<Village> villagesOf(Long communeId) {
		if (communeId == null) {
			return List.of();
		}
		Scope scope = scopes.withPredecessors(List.of(communeId));
		return territory.villagesIn(scope);
	}

	/** The markers standing in the communes given (with their predecessors). */
	List<Markers.MarkerRef> markersIn(List<Commune> communes) {
		return markers.inCommunes(communes.stream()
			.flatMap(c -> scopes.withPredecessors(List.of(c.getId())).communeIds().stream())
			.distinct()
			.toList());
	}

	/** A marker's number, for the item's page (the item is in scope, so is the marker it names). */
	String markerNumber(Long markerId) {
		return markers.find(markerId).map(Markers.MarkerRef::number).orElse(null);
	}

	static Map<Long, String> communeNames(List<Commune> communes) {
		return communes.stream().collect(Collectors.toMap(Commune::getId, Commune::getLabel, (a, b) -> a));
	}

	static Map<Long, String> villageNames(List<Village> villages) {
		return villages.stream().collect(Collectors.toMap(Village::getId, Village::getName, (a, b) -> a));
	}

}
