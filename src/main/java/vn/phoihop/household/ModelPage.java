package vn.phoihop.household;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.phoihop.household.ModelSubstanceForms.ResultForm;
import vn.phoihop.household.ModelSubstanceForms.ScaleForm;
import vn.phoihop.household.ModelSubstanceForms.SupportForm;
import vn.phoihop.shared.security.CurrentUser;

/**
 * An economic model's page ({@code /models/{id}}): the model, its scale, supports and yearly results with their forms,
 * and its households with their poverty status by year. A form refused is shown again with what was typed: the
 * controller puts it in the model first, and the page's other forms start empty.
 */
@Component
class ModelPage {

	private final CommunityService community;

	private final ModelSubstance substance;

	private final HouseholdService households;

	ModelPage(CommunityService community, ModelSubstance substance, HouseholdService households) {
		this.community = community;
		this.substance = substance;
		this.households = households;
	}

	String show(CurrentUser user, Long id, Model model) {
		EconomicModel m = community.model(user, id);
		List<ModelSupport> supports = substance.supports(user, id);
		model.addAttribute("economicModel", m);
		model.addAttribute("participants", community.participants(user, m));
		model.addAttribute("years", IntStream.rangeClosed(2017, HouseholdService.currentYear()).boxed().toList());
		model.addAttribute("villages", households.villageMap(user));
		model.addAttribute("communes", households.communeNames(user));
		model.addAttribute("canManage", HouseholdAccess.canManage(user));
		model.addAttribute("supports", supports);
		model.addAttribute("supportTotal", supports.stream().mapToLong(ModelSupport::getValueDong).sum());
		model.addAttribute("supportKinds", SupportKind.values());
		model.addAttribute("livestockKinds", LivestockKind.values());
		if (!model.containsAttribute("supportForm")) {
			SupportForm f = new SupportForm();
			f.setValueDong(0L);
			model.addAttribute("supportForm", f);
		}
		if (!model.containsAttribute("scaleForm")) {
			model.addAttribute("scaleForm", ScaleForm.from(m));
		}
		if (!model.containsAttribute("resultForm")) {
			ResultForm f = new ResultForm();
			f.setVersion(m.getVersion());
			f.setYear(HouseholdService.currentYear());
			model.addAttribute("resultForm", f);
		}
		else {
			((ResultForm) model.getAttribute("resultForm")).setVersion(m.getVersion());
		}
		return "household/model";
	}

}
