package vn.phoihop.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.household.ModelSubstanceForms.ResultForm;
import vn.phoihop.household.ModelSubstanceForms.ScaleForm;
import vn.phoihop.household.ModelSubstanceForms.SupportForm;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;

/**
 * An economic model's substance (issue 24 §5), edited on its page by who manages the model (the officials of its
 * commune): the support it received, its scale and its yearly results. Read within the user's scope (a model outside
 * it is a 404); every change audited in its transaction.
 */
@Service
@Transactional
public class ModelSubstance {

	private final CommunityService community;

	private final ModelSupportRepository supports;

	private final EconomicModelRepository models;

	private final AuditService audit;

	ModelSubstance(CommunityService community, ModelSupportRepository supports, EconomicModelRepository models,
			AuditService audit) {
		this.community = community;
		this.supports = supports;
		this.models = models;
		this.audit = audit;
	}

	/** The supports a model received, oldest first (the model read within the user's scope). */
	@Transactional(readOnly = true)
	public List<ModelSupport> supports(CurrentUser user, Long modelId) {
		community.model(user, modelId);
		return supports.findByModel(modelId);
	}

	void addSupport(CurrentUser user, Long modelId, SupportForm f) {
		HouseholdAccess.requireManage(user);
		EconomicModel m = community.model(user, modelId);
		if (f.getGivenOn().isAfter(LocalDate.now(HouseholdService.ZONE))) {
			throw new BusinessRuleException("givenOn", "model.support.future");
		}
		ModelSupport s = supports.saveAndFlush(new ModelSupport(m, f.getGivenOn(), f.getKind(), f.getQuantity(),
				HouseholdService.blank(f.getUnit()), f.getValueDong(), HouseholdService.blank(f.getGivenBy())));
		audit.record(AuditService.CREATE, s, null);
	}

	void removeSupport(CurrentUser user, Long modelId, Long supportId) {
		HouseholdAccess.requireManage(user);
		community.model(user, modelId);
		ModelSupport s = supports.findById(supportId)
			.filter(x -> x.getModelId().equals(modelId))
			.orElseThrow(NotFoundException::new);
		Map<String, Object> before = s.auditSnapshot();
		audit.record(AuditService.DELETE, s, before);
		supports.delete(s);
	}

	void saveScale(CurrentUser user, Long modelId, ScaleForm f) {
		HouseholdAccess.requireManage(user);
		EconomicModel m = community.model(user, modelId);
		m.checkVersion(f.getVersion());
		LivestockKind bad = f.badHead();
		if (bad != null) {
			throw new BusinessRuleException("heads[" + bad.name() + "]", "model.livestock.invalid");
		}
		Map<String, Object> before = m.auditSnapshot();
		m.scale(f.getAreaHa(), f.getHeads());
		models.saveAndFlush(m);
		audit.record(AuditService.UPDATE, m, before);
	}

	void saveResult(CurrentUser user, Long modelId, ResultForm f) {
		HouseholdAccess.requireManage(user);
		EconomicModel m = community.model(user, modelId);
		m.checkVersion(f.getVersion());
		if (f.getYear() > HouseholdService.currentYear()) {
			throw new BusinessRuleException("year", "model.result.future");
		}
		Map<String, Object> before = m.auditSnapshot();
		m.recordResult(new ModelResult(f.getYear(), f.getOutputQuantity(), HouseholdService.blank(f.getOutputUnit()),
				f.getIncomePerHousehold(), f.getHouseholds(), HouseholdService.blank(f.getNote())));
		models.saveAndFlush(m);
		audit.record(AuditService.UPDATE, m, before);
	}

	void removeResult(CurrentUser user, Long modelId, int year) {
		HouseholdAccess.requireManage(user);
		EconomicModel m = community.model(user, modelId);
		Map<String, Object> before = m.auditSnapshot();
		if (!m.removeResult(year)) {
			throw new NotFoundException();
		}
		models.saveAndFlush(m);
		audit.record(AuditService.UPDATE, m, before);
	}

}
