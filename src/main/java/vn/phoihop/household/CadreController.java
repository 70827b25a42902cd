package vn.phoihop.household;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.household.CommunityForms.AssignmentForm;
import vn.phoihop.household.CommunityForms.CadreForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.territory.Village;

/** Cadres of the post ({@code /cadres}) with their assignments, and the village page ({@code /villages/{id}}). */
@Controller
class CadreController {

	private final CadreService cadres;

	private final HouseholdService households;

	CadreController(CadreService cadres, HouseholdService households) {
		this.cadres = cadres;
		this.households = households;
	}

	@GetMapping("/cadres")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("cadres", cadres.list(user));
		model.addAttribute("canManage", HouseholdAccess.canManageCadres(user));
		return "household/cadres";
	}

	@GetMapping("/cadres/new")
	String newCadre(@AuthenticationPrincipal CurrentUser user, Model model) {
		HouseholdAccess.requireManageCadres(user);
		return form(user, new CadreForm(), new AssignmentForm(), model);
	}

	@GetMapping("/cadres/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		return form(user, CadreForm.from(cadres.get(user, id)), new AssignmentForm(), model);
	}

	@PostMapping("/cadres")
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CadreForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		HouseholdAccess.requireManageCadres(user);
		Cadre[] saved = new Cadre[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> saved[0] = cadres.save(user, form))) {
			return form(user, form, new AssignmentForm(), model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/cadres/" + saved[0].getId();
	}

	@PostMapping("/cadres/{id}/assignments")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("assignment") AssignmentForm assignment, BindingResult result, Model model,
			RedirectAttributes flash) {
		HouseholdAccess.requireManageCadres(user);
		Cadre c = cadres.get(user, id);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> cadres.assign(user, id, assignment))) {
			return form(user, CadreForm.from(c), assignment, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/cadres/" + id;
	}

	@PostMapping("/cadres/{id}/assignments/{assignmentId}/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long assignmentId,
			RedirectAttributes flash) {
		cadres.endAssignment(user, assignmentId);
		flash.addFlashAttribute("success", "cadre.assignment.ended");
		return "redirect:/cadres/" + id;
	}

	private String form(CurrentUser user, CadreForm form, AssignmentForm assignment, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("assignment", assignment);
		model.addAttribute("canManage", HouseholdAccess.canManageCadres(user));
		List<Assignment> list = form.getId() == null ? List.of() : cadres.assignmentsOf(user, form.getId());
		model.addAttribute("assignments", list);
		model.addAttribute("villages", households.villageMap(user));
		model.addAttribute("assignedHouseholds",
				households.byIds(user, list.stream().map(Assignment::getHouseholdId).filter(x -> x != null).toList())
					.stream()
					.collect(Collectors.toMap(Household::getId, Household::getHeadName)));
		return "household/cadre-form";
	}

	@GetMapping("/villages/{id}")
	String village(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		List<Assignment> villageAssignments = cadres.villageAssignments(user, id);
		Map<Long, Village> villages = households.villageMap(user);
		model.addAttribute("village", villages.get(id));
		model.addAttribute("assignments", villageAssignments);
		List<Household> list = households.inVillage(user, id);
		model.addAttribute("households", list);
		model.addAttribute("persons", list.stream().mapToInt(Household::getMembers).sum());
		model.addAttribute("cadres", households.cadreMap(user));
		return "household/village";
	}

}
