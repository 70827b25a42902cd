package vn.phoihop.border;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.border.BorderForms.InspectionForm;
import vn.phoihop.border.BorderForms.MarkerForm;
import vn.phoihop.border.BorderForms.SettingForm;
import vn.phoihop.household.CommunityService;
import vn.phoihop.household.GroupType;
import vn.phoihop.household.SelfManagedGroup;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.domain.StaleEditException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

/** The border's writes, each audited: a marker (the commander), an inspection, the segment's setting (the commander). */
@Service
@Transactional
class BorderCommands {

	static final String INSPECT = "INSPECT";

	private final BorderMarkerRepository markers;

	private final MarkerInspectionRepository inspections;

	private final BorderSettingRepository settings;

	private final BorderAccess access;

	private final BorderChoices choices;

	private final ScopeService scopes;

	private final TerritoryService territory;

	private final CommunityService community;

	private final AuditService audit;

	BorderCommands(BorderMarkerRepository markers, MarkerInspectionRepository inspections,
			BorderSettingRepository settings, BorderAccess access, BorderChoices choices, ScopeService scopes,
			TerritoryService territory, CommunityService community, AuditService audit) {
		this.markers = markers;
		this.inspections = inspections;
		this.settings = settings;
		this.access = access;
		this.choices = choices;
		this.scopes = scopes;
		this.territory = territory;
		this.community = community;
		this.audit = audit;
	}

	Long saveMarker(CurrentUser user, MarkerForm f) {
		access.requireManager(user);
		BorderMarker m;
		Map<String, Object> before = null;
		if (f.getId() == null) {
			m = new BorderMarker(user.postId());
			if (markers.existsByPostIdAndNumberIgnoreCase(user.postId(), f.getNumber())) {
				throw new BusinessRuleException("number", "border.marker.numberTaken");
			}
		}
		else {
			m = markers.findById(f.getId()).filter(x -> access.mayManage(user, x)).orElseThrow(NotFoundException::new);
			m.checkVersion(f.getVersion());
			before = m.auditSnapshot();
			if (markers.existsByPostIdAndNumberIgnoreCaseAndIdNot(user.postId(), f.getNumber(), m.getId())) {
				throw new BusinessRuleException("number", "border.marker.numberTaken");
			}
		}
		if (choices.communes(user).stream().noneMatch(c -> c.getId().equals(f.getCommuneId()))) {
			throw new BusinessRuleException("communeId", "border.marker.communeNotCovered");
		}
		List<Long> communeAndPast = List.copyOf(scopes.withPredecessors(List.of(f.getCommuneId())).communeIds());
		if (f.getVillageId() != null) {
			Village v = territory.village(f.getVillageId()).orElseThrow(NotFoundException::new);
			if (!communeAndPast.contains(v.getCommune().getId())) {
				throw new BusinessRuleException("villageId", "border.marker.villageOtherCommune");
			}
		}
		if (f.getGroupId() != null) {
			SelfManagedGroup g = community.group(user, f.getGroupId());
			if (g.getType() != GroupType.BORDER_MARKER || !communeAndPast.contains(g.getCommuneId())) {
				throw new BusinessRuleException("groupId", "border.marker.groupOtherCommune");
			}
		}
		m.update(f.getNumber(), f.getKind(), f.getPosition(), f.getLatitude(), f.getLongitude(), f.getCommuneId(),
				f.getVillageId(), f.getGroupId(), f.getNote());
		markers.saveAndFlush(m);
		audit.record(before == null ? AuditService.CREATE : AuditService.UPDATE, m, before);
		return m.getId();
	}

	void inspect(CurrentUser user, Long markerId, InspectionForm f) {
		BorderMarker m = access.readable(user, markers.findById(markerId).orElse(null));
		if (!access.mayInspect(user, m)) {
			throw new AccessDeniedException("inspection");
		}
		record(user, m, f.getInspectedOn(), f.getCondition(), f.getInspectedBy(), f.getNote(), null);
	}

	/** An inspection of a marker the user may inspect; a patrol's (V064) names its activity. */
	MarkerInspection record(CurrentUser user, BorderMarker m, LocalDate on, MarkerCondition condition, String by,
			String note, Long activityId) {
		if (on.isAfter(LocalDate.now())) {
			throw new BusinessRuleException("inspectedOn", "border.date.future");
		}
		MarkerInspection i = inspections.save(new MarkerInspection(m.getId(), on, condition, by, note, activityId,
				user.getUsername()));
		audit.record(INSPECT, m, null, null, Map.of("inspectedOn", on.toString(), "condition", condition.name(),
				"inspectedBy", by));
		return i;
	}

	void saveSetting(CurrentUser user, SettingForm f) {
		access.requireManager(user);
		BorderSetting s = settings.findById(user.postId()).orElse(null);
		Map<String, Object> before = null;
		if (s == null) {
			s = new BorderSetting(user.postId());
		}
		else {
			if (f.getVersion() == null || f.getVersion() != s.getVersion()) {
				throw new StaleEditException();
			}
			before = s.auditSnapshot();
		}
		s.update(f.getSegmentName(), f.getInspectionDays());
		settings.saveAndFlush(s);
		audit.record(before == null ? AuditService.CREATE : AuditService.UPDATE, s, before);
	}

}
