package vn.phoihop.household;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.household.ModelSubstanceForms.ResultForm;
import vn.phoihop.household.ModelSubstanceForms.ScaleForm;
import vn.phoihop.household.ModelSubstanceForms.SupportForm;
import vn.phoihop.shared.domain.StaleEditException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/**
 * The forms of an economic model's page: a support received (and removing one recorded by mistake), the scale, a
 * year's result. Each answers with the page at its part, or the page again with the form's errors next to its fields
 * and what was typed.
 */
@Controller
@RequestMapping("/models/{id}")
class ModelSubstanceController {

	private final ModelSubstance substance;

	private final ModelPage page;

	ModelSubstanceController(ModelSubstance substance, ModelPage page) {
		this.substance = substance;
		this.page = page;
	}

	@PostMapping("/supports")
	String addSupport(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("supportForm") SupportForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		HouseholdAccess.requireManage(user);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> substance.addSupport(user, id, form))) {
			return page.show(user, id, model);
		}
		flash.addFlashAttribute("success", "model.support.saved");
		return "redirect:/models/" + id + "#supports";
	}

	@PostMapping("/supports/{supportId}/delete")
	String removeSupport(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long supportId, RedirectAttributes flash) {
		substance.removeSupport(user, id, supportId);
		flash.addFlashAttribute("success", "model.support.removed");
		return "redirect:/models/" + id + "#supports";
	}

	@PostMapping("/scale")
	String saveScale(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("scaleForm") ScaleForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		HouseholdAccess.requireManage(user);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> substance.saveScale(user, id, form))) {
			return page.show(user, id, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/models/" + id + "#scale";
	}

	@PostMapping("/results")
	String saveResult(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("resultForm") ResultForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		HouseholdAccess.requireManage(user);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> substance.saveResult(user, id, form))) {
			return page.show(user, id, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/models/" + id + "#results";
	}

	@PostMapping("/results/{year}/delete")
	String removeResult(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable int year,
			RedirectAttributes flash) {
		try {
			substance.removeResult(user, id, year);
			flash.addFlashAttribute("success", "model.result.removed");
		}
		catch (StaleEditException ex) {
			flash.addFlashAttribute("error", "edit.stale");
		}
		return "redirect:/models/" + id + "#results";
	}

}
