package vn.phoihop.border;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
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

import vn.phoihop.border.BorderForms.InspectionForm;
import vn.phoihop.border.BorderForms.MarkerForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/** A marker: its page with its inspections and the form to record one; the commander's marker form. */
@Controller
@RequestMapping("/border/markers")
class MarkerController {

	private final BorderSegment segments;

	private final BorderCommands commands;

	private final BorderAccess access;

	private final BorderChoices choices;

	MarkerController(BorderSegment segments, BorderCommands commands, BorderAccess access, BorderChoices choices) {
		this.segments = segments;
		this.commands = commands;
		this.access = access;
		this.choices = choices;
	}

	@GetMapping("/new")
	String newMarker(@AuthenticationPrincipal CurrentUser user, Model model) {
		access.requireManager(user);
		MarkerForm form = new MarkerForm();
		form.setKind(MarkerKind.MAIN);
		form.setPosition(segments.segment(user, null).markers().size() * 10 + 10);
		return form(user, form, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") MarkerForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		access.requireManager(user);
		form.setId(null);
		Long[] id = new Long[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> id[0] = commands.saveMarker(user, form))) {
			return form(user, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/border/markers/" + id[0];
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		BorderMarker marker = segments.marker(user, id);
		if (!model.containsAttribute("inspectionForm")) {
			InspectionForm f = new InspectionForm();
			f.setInspectedOn(LocalDate.now());
			f.setCondition(MarkerCondition.INTACT);
			f.setInspectedBy(user.fullName());
			model.addAttribute("inspectionForm", f);
		}
		model.addAttribute("state", segments.state(marker));
		model.addAttribute("period", segments.setting(marker.getPostId()).getInspectionDays());
		model.addAttribute("inspections", segments.inspections(id));
		model.addAttribute("mayInspect", access.mayInspect(user, marker));
		model.addAttribute("conditions", MarkerCondition.values());
		model.addAttribute("mayManage", access.mayManage(user, marker));
		model.addAttribute("communeNames", choices.communeNames(user));
		model.addAttribute("villageNames", choices.villageNames(user));
		model.addAttribute("groupNames", choices.groupNames(user));
		return "border/marker";
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		BorderMarker marker = segments.marker(user, id);
		if (!access.mayManage(user, marker)) {
			throw new AccessDeniedException("marker");
		}
		return form(user, MarkerForm.from(marker), model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") MarkerForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		BorderMarker marker = segments.marker(user, id);
		if (!access.mayManage(user, marker)) {
			throw new AccessDeniedException("marker");
		}
		form.setId(id);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> commands.saveMarker(user, form))) {
			return form(user, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/border/markers/" + id;
	}

	@PostMapping("/{id}/inspections")
	String inspect(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("inspectionForm") InspectionForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		BorderMarker marker = segments.marker(user, id);
		if (!access.mayInspect(user, marker)) {
			throw new AccessDeniedException("inspection");
		}
		if (result.hasErrors() || !FormErrors.trySave(result, () -> commands.inspect(user, id, form))) {
			return detail(user, id, model);
		}
		flash.addFlashAttribute("success", "border.inspection.saved");
		return "redirect:/border/markers/" + id;
	}

	private String form(CurrentUser user, MarkerForm form, Model model) {
		model.addAttribute("form", form);
		var communes = choices.communes(user);
		model.addAttribute("communes", communes);
		model.addAttribute("villages", choices.villages(communes));
		model.addAttribute("groups", choices.groups(user));
		model.addAttribute("kinds", MarkerKind.values());
		return "border/marker-form";
	}

}
