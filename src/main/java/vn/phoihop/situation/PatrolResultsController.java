package vn.phoihop.situation;

import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.border.MarkerCondition;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Labels;

/** A patrol's route and findings ({@code /situation/patrols/{activityId}}): the markers inspected, the items found. */
@Controller
@RequestMapping("/situation/patrols")
class PatrolResultsController {

	private final PatrolResults results;

	private final SituationAccess access;

	private final SituationChoices choices;

	private final MessageSource messages;

	PatrolResultsController(PatrolResults results, SituationAccess access, SituationChoices choices,
			MessageSource messages) {
		this.results = results;
		this.access = access;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping("/{activityId}")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable Long activityId, Locale locale,
			Model model) {
		access.requireReader(user);
		PatrolResults.Results r = results.read(user, activityId);
		PatrolResultsForm form = new PatrolResultsForm();
		form.getConditions().putAll(r.inspected());
		form.setInspectedBy(user.fullName());
		return page(r, form, locale, model);
	}

	@PostMapping("/{activityId}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable Long activityId,
			@Valid @ModelAttribute("form") PatrolResultsForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes flash) {
		access.requireAdder(user);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> results.save(user, activityId, form, result))
				|| result.hasErrors()) {
			return page(results.read(user, activityId), form, locale, model);
		}
		flash.addFlashAttribute("success", "situation.patrol.saved");
		return "redirect:/situation/patrols/" + activityId;
	}

	private String page(PatrolResults.Results r, PatrolResultsForm form, Locale locale, Model model) {
		form.padFindings();
		model.addAttribute("results", r);
		model.addAttribute("form", form);
		model.addAttribute("conditions", MarkerCondition.values());
		model.addAttribute("categories", choices.offeredCategoryLabels(locale, form.getFindings().stream()
			.map(PatrolResultsForm.Finding::getCategoryId).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("severities", Severity.values());
		model.addAttribute("labels", new Labels(messages, locale));
		return "situation/patrol";
	}

}
