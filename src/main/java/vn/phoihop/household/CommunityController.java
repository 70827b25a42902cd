package vn.phoihop.household;

import java.util.HashMap;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.household.CommunityForms.GroupForm;
import vn.phoihop.household.CommunityForms.ModelForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/** Self-managed groups ({@code /groups}) and economic models ({@code /models}): lists and forms. */
@Controller
class CommunityController {

	private final CommunityService community;

	private final HouseholdService households;

	private final ModelPage modelPage;

	CommunityController(CommunityService community, HouseholdService households, ModelPage modelPage) {
		this.community = community;
		this.households = households;
		this.modelPage = modelPage;
	}

	// ---- groups

	@GetMapping("/groups")
	String groups(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) GroupType type,
			Model model) {
		List<SelfManagedGroup> list = community.groups(user, type);
		List<Long> memberIds = list.stream().flatMap(g -> g.getHouseholdIds().stream()).toList();
		var persons = new HashMap<Long, Integer>();
		households.byIds(user, memberIds).forEach(h -> persons.put(h.getId(), h.getMembers()));
		model.addAttribute("groups", list);
		model.addAttribute("persons", persons);
		model.addAttribute("type", type);
		model.addAttribute("types", GroupType.values());
		model.addAttribute("villages", households.villageMap(user));
		model.addAttribute("canManage", HouseholdAccess.canManage(user));
		model.addAttribute("totalMembers", list.stream().mapToLong(SelfManagedGroup::getMemberCount).sum());
		model.addAttribute("totalHouseholds", list.stream().mapToLong(g -> g.getHouseholdIds().size()).sum());
		model.addAttribute("totalPersons", memberIds.stream().mapToLong(id -> persons.getOrDefault(id, 0)).sum());
		return "household/groups";
	}

	@GetMapping("/groups/new")
	String newGroup(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long villageId,
			@RequestParam(required = false) GroupType type, Model model) {
		HouseholdAccess.requireManage(user);
		GroupForm form = new GroupForm();
		form.setVillageId(villageId);
		form.setType(type == null ? GroupType.SECURITY_ORDER : type);
		form.setMemberCount(0);
		return groupForm(user, form, model);
	}

	@GetMapping("/groups/{id}")
	String editGroup(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		SelfManagedGroup g = community.group(user, id);
		model.addAttribute("readOnly", !HouseholdAccess.canManage(user));
		return groupForm(user, GroupForm.from(g), model);
	}

	@PostMapping("/groups")
	String saveGroup(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") GroupForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		HouseholdAccess.requireManage(user);
		if (form.getId() != null) {
			community.group(user, form.getId()); // 404 outside the scope
		}
		if (result.hasErrors() || !FormErrors.trySave(result, () -> community.saveGroup(user, form))) {
			return groupForm(user, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/groups";
	}

	private String groupForm(CurrentUser user, GroupForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", GroupType.values());
		model.addAttribute("villages", households.villages(user));
		model.addAttribute("candidates",
				form.getVillageId() == null ? List.of() : households.inVillage(user, form.getVillageId()));
		return "household/group-form";
	}

	// ---- models

	@GetMapping("/models")
	String models(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("models", community.models(user));
		model.addAttribute("communes", households.communeNames(user));
		model.addAttribute("canManage", HouseholdAccess.canManage(user));
		return "household/models";
	}

	@GetMapping("/models/new")
	String newModel(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ModelForm form, Model model) {
		HouseholdAccess.requireManage(user);
		form.setId(null);
		return modelForm(user, form, model);
	}

	@GetMapping("/models/{id}")
	String showModel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		return modelPage.show(user, id, model);
	}

	@GetMapping("/models/{id}/edit")
	String editModel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Long addFromVillageId, Model model) {
		HouseholdAccess.requireManage(user);
		ModelForm form = ModelForm.from(community.model(user, id));
		form.setAddFromVillageId(addFromVillageId);
		return modelForm(user, form, model);
	}

	@PostMapping("/models")
	String saveModel(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ModelForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		HouseholdAccess.requireManage(user);
		if (form.getId() != null) {
			community.model(user, form.getId());
		}
		EconomicModel[] saved = new EconomicModel[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> saved[0] = community.saveModel(user, form))) {
			return modelForm(user, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/models/" + saved[0].getId();
	}

	private String modelForm(CurrentUser user, ModelForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("villages", households.villages(user));
		model.addAttribute("selected", households.byIds(user, form.getHouseholdIds()));
		model.addAttribute("candidates", form.getAddFromVillageId() == null ? List.of()
				: households.inVillage(user, form.getAddFromVillageId()));
		return "household/model-form";
	}

}
