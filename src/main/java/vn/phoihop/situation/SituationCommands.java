package vn.phoihop.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.border.Markers;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

/**
 * The register's writes: add an item, change it, move its follow-up; and the audited opening of an item (every
 * opening of a detail is recorded, docs/design.md §11). Each write is audited in its own transaction.
 */
@Service
@Transactional
class SituationCommands {

	static final String VIEW = "VIEW";

	static final String FOLLOW_UP = "FOLLOW_UP";

	private final SituationItemRepository items;

	private final SituationCategoryRepository categories;

	private final SituationAccess access;

	private final ScopeService scopes;

	private final TerritoryService territory;

	private final AuditService audit;

	private final Markers markers;

	private final ApplicationEventPublisher events;

	SituationCommands(SituationItemRepository items, SituationCategoryRepository categories, SituationAccess access,
			ScopeService scopes, TerritoryService territory, AuditService audit, Markers markers,
			ApplicationEventPublisher events) {
		this.markers = markers;
		this.events = events;
		this.items = items;
		this.categories = categories;
		this.access = access;
		this.scopes = scopes;
		this.territory = territory;
		this.audit = audit;
	}

	/** An item opened by a reader, with whether they see its content; the opening is audited. */
	record Opened(SituationItem item, boolean content, boolean mayChange) {
	}

	Opened open(CurrentUser user, Long id) {
		access.requireReader(user);
		SituationItem item = access.inScope(user, items.findById(id).orElse(null));
		boolean content = access.seesContent(user, item);
		audit.record(VIEW, item, content ? null : "restricted", null, null);
		if (content) {
			item.getHistory().size(); // the page shows it after the transaction
		}
		return new Opened(item, content, access.mayChange(user, item));
	}

	/** The item for its edit form: only who may change it. */
	@Transactional(readOnly = true)
	SituationItem forChange(CurrentUser user, Long id) {
		access.requireAdder(user);
		SituationItem item = access.inScope(user, items.findById(id).orElse(null));
		if (!access.mayChange(user, item)) {
			throw new AccessDeniedException("situation item");
		}
		return item;
	}

	Long create(CurrentUser user, SituationForm f) {
		access.requireAdder(user);
		check(user, f);
		SituationItem item = new SituationItem(f.getCommuneId(), user.getUsername());
		describe(item, f);
		items.saveAndFlush(item);
		audit.record(AuditService.CREATE, item, null);
		recorded(item);
		return item.getId();
	}

	void update(CurrentUser user, Long id, SituationForm f) {
		SituationItem item = forChange(user, id);
		item.checkVersion(f.getVersion());
		check(user, f);
		Map<String, Object> before = item.auditSnapshot();
		if (!item.getCommuneId().equals(f.getCommuneId())) {
			// an item stays in the commune it was logged in (its scope): the commune is not editable
			throw new BusinessRuleException("communeId", "situation.commune.fixed");
		}
		describe(item, f);
		items.saveAndFlush(item);
		audit.record(AuditService.UPDATE, item, before);
		recorded(item);
	}

	private void recorded(SituationItem item) {
		events.publishEvent(new SituationItemRecorded(item.getId(), item.getCommuneId(), item.getOccurredOn(),
				item.getSeverity(), item.isRestricted()));
	}

	void follow(CurrentUser user, Long id, StatusForm f) {
		SituationItem item = forChange(user, id);
		item.checkVersion(f.getVersion());
		if (f.getChangedOn() != null && f.getChangedOn().isAfter(LocalDate.now())) {
			throw new BusinessRuleException("changedOn", "situation.date.future");
		}
		Map<String, Object> before = item.auditSnapshot();
		item.follow(f.getStatus(), f.getChangedOn(), f.getNote(), user.getUsername());
		items.saveAndFlush(item);
		audit.record(FOLLOW_UP, item, item.isRestricted() ? null : f.getNote(), before, item.auditSnapshot());
	}

	private void describe(SituationItem item, SituationForm f) {
		item.describe(f.getVillageId(), f.getMarkerId(), f.getActivityId(), f.getOccurredOn(), f.getOccurredTime(),
				f.getCategoryId(), f.getSource(), f.getSeverity(), f.getSummary(), f.getWhatHappened(),
				f.getActionTaken(), f.isRestricted());
	}

	/** The rules a form's values keep beyond their annotations; each refusal names its field. */
	private void check(CurrentUser user, SituationForm f) {
		if (f.getId() == null && !access.actableCommunes(user).stream().anyMatch(c -> c.getId().equals(f.getCommuneId()))) {
			throw new BusinessRuleException("communeId", "situation.commune.notAllowed");
		}
		if (f.getOccurredOn().isAfter(LocalDate.now())) {
			throw new BusinessRuleException("occurredOn", "situation.date.future");
		}
		SituationCategory category = categories.findById(f.getCategoryId()).orElse(null);
		if (category == null || (!category.isActive() && f.getId() == null)) {
			throw new BusinessRuleException("categoryId", "NotNull");
		}
		if (f.getVillageId() != null) {
			Village v = territory.village(f.getVillageId()).orElseThrow(NotFoundException::new);
			if (!scopes.withPredecessors(List.of(f.getCommuneId())).includes(v.getCommune().getId())) {
				throw new BusinessRuleException("villageId", "situation.village.otherCommune");
			}
		}
		if (f.getMarkerId() != null) {
			Long markerCommune = markers.find(f.getMarkerId()).map(Markers.MarkerRef::communeId).orElse(null);
			if (!scopes.withPredecessors(List.of(f.getCommuneId())).includes(markerCommune)) {
				throw new BusinessRuleException("markerId", "situation.marker.otherCommune");
			}
		}
	}

}
