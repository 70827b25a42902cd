package vn.phoihop.household;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.Village;
import vn.phoihop.household.CommunityForms.GroupForm;
import vn.phoihop.household.CommunityForms.ModelForm;

/** Self-managed groups and economic models of the user's communes: scoped reads, audited writes. */
@Service
@Transactional
public class CommunityService {

	private final SelfManagedGroupRepository groups;

	private final EconomicModelRepository models;

	private final HouseholdService households;

	private final ScopeService scopes;

	private final AuditService audit;

	CommunityService(SelfManagedGroupRepository groups, EconomicModelRepository models, HouseholdService households,
			ScopeService scopes, AuditService audit) {
		this.groups = groups;
		this.models = models;
		this.households = households;
		this.scopes = scopes;
		this.audit = audit;
	}

	// ---- groups

	@Transactional(readOnly = true)
	public List<SelfManagedGroup> groups(CurrentUser user, GroupType type) {
		HouseholdAccess.requireRead(user);
		Scope s = scopes.scopeOf(user);
		List<SelfManagedGroup> list = groups.findInScope(s.all(), s.idsForQuery(), type);
		list.forEach(g -> g.getHouseholdIds().size());
		return list;
	}

	@Transactional(readOnly = true)
	public SelfManagedGroup group(CurrentUser user, Long id) {
		HouseholdAccess.requireRead(user);
		Scope s = scopes.scopeOf(user);
		SelfManagedGroup g = groups.findInScope(id, s.all(), s.idsForQuery()).orElseThrow(NotFoundException::new);
		g.getHouseholdIds().size();
		return g;
	}

	public SelfManagedGroup saveGroup(CurrentUser user, GroupForm form) {
		HouseholdAccess.requireManage(user);
		Map<Long, Village> villages = households.villageMap(user);
		if (!villages.containsKey(form.getVillageId())) {
			throw new BusinessRuleException("villageId", "household.village.unknown");
		}
		Set<Long> members = new LinkedHashSet<>(form.getHouseholdIds());
		List<Household> found = households.byIds(user, members);
		if (found.size() != members.size() || found.stream().anyMatch(h -> !h.getVillageId().equals(form.getVillageId()))) {
			throw new BusinessRuleException("householdIds", "group.household.unknown");
		}
		SelfManagedGroup g;
		Map<String, Object> before = null;
		if (form.getId() == null) {
			g = new SelfManagedGroup(user.communeId());
		}
		else {
			g = group(user, form.getId());
			g.checkVersion(form.getVersion());
			before = g.auditSnapshot();
		}
		g.update(form.getType(), form.getName().strip(), form.getVillageId(), form.getEstablishedOn(),
				HouseholdService.blank(form.getLeaderName()), form.getMemberCount(), members);
		groups.saveAndFlush(g);
		audit.record(before == null ? AuditService.CREATE : AuditService.UPDATE, g, before);
		return g;
	}

	// ---- models

	@Transactional(readOnly = true)
	public List<EconomicModel> models(CurrentUser user) {
		HouseholdAccess.requireRead(user);
		Scope s = scopes.scopeOf(user);
		List<EconomicModel> list = models.findInScope(s.all(), s.idsForQuery());
		list.forEach(m -> m.getHouseholdIds().size());
		return list;
	}

	@Transactional(readOnly = true)
	public EconomicModel model(CurrentUser user, Long id) {
		HouseholdAccess.requireRead(user);
		Scope s = scopes.scopeOf(user);
		EconomicModel m = models.findInScope(id, s.all(), s.idsForQuery()).orElseThrow(NotFoundException::new);
		m.getHouseholdIds().size();
		m.getLivestock();
		m.getResults();
		return m;
	}

	public EconomicModel saveModel(CurrentUser user, ModelForm form) {
		HouseholdAccess.requireManage(user);
		Set<Long> members = new LinkedHashSet<>(form.getHouseholdIds());
		if (households.byIds(user, members).size() != members.size()) {
			throw new BusinessRuleException("householdIds", "group.household.unknown");
		}
		EconomicModel m;
		Map<String, Object> before = null;
		if (form.getId() == null) {
			m = new EconomicModel(user.communeId());
		}
		else {
			m = model(user, form.getId());
			m.checkVersion(form.getVersion());
			before = m.auditSnapshot();
		}
		m.update(form.getName().strip(), form.getStartedOn(), HouseholdService.blank(form.getDescription()), members);
		models.saveAndFlush(m);
		audit.record(before == null ? AuditService.CREATE : AuditService.UPDATE, m, before);
		return m;
	}

	/** The participating households with their poverty status by year, for the model's page. */
	@Transactional(readOnly = true)
	public List<Household> participants(CurrentUser user, EconomicModel m) {
		List<Household> list = new ArrayList<>(households.byIds(user, m.getHouseholdIds()));
		list.forEach(Household::getPovertyHistory);
		return list;
	}

}
