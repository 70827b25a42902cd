package vn.phoihop.activity;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.territory.Commune;

/** The activity form: a new activity, an edit, the type's fields for htmx, and the save. */
@Controller
@RequestMapping("/activities")
class ActivityFormController {

	private final ActivityCommands commands;

	private final ActivityLog log;

	private final ActivityAccess access;

	private final ActivityChoices choices;

	private final MonthLock lock;

	ActivityFormController(ActivityCommands commands, ActivityLog log, ActivityAccess access, ActivityChoices choices,
			MonthLock lock) {
		this.commands = commands;
		this.log = log;
		this.access = access;
		this.choices = choices;
		this.lock = lock;
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) ActivityType type,
			Model model) {
		access.requireLogger(user);
		ActivityForm form = new ActivityForm();
		form.token = commands.newToken();
		form.type = type == null ? ActivityType.OUTREACH : type;
		form.activityDate = LocalDate.now();
		List<Commune> communes = access.actableCommunes(user);
		if (communes.size() == 1) {
			form.communeId = communes.get(0).getId();
		}
		return form(user, form, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Activity a = log.get(user, id);
		access.requireLogger(user);
		model.addAttribute("locked", lock.isLocked(a.getCommuneId(), a.month()));
		return form(user, ActivityForm.from(a), model);
	}

	/** The type-dependent part of the form, for htmx (the same fragment the full page includes). */
	@GetMapping("/form-fields")
	String formFields(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ActivityForm form,
			BindingResult result, Model model) {
		access.requireLogger(user);
		options(user, form, model);
		return "activity/form :: typeFields";
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult result, @RequestParam(defaultValue = "submit") String action, Model model,
			RedirectAttributes flash) {
		access.requireLogger(user);
		if ("update".equals(action)) {
			// the no-JavaScript round trip: show the fields of the chosen type, nothing saved
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
			return form(user, form, model);
		}
		boolean submit = !"draft".equals(action);
		Activity[] saved = new Activity[1];
		try {
			boolean ok = FormErrors.trySave(result,
					() -> saved[0] = commands.save(user, form, submit, result).orElse(null));
			if (!ok || saved[0] == null) {
				return form(user, form, model);
			}
		}
		catch (DuplicateSubmitException ex) {
			flash.addFlashAttribute("success", "activity.duplicate");
			return ex.existingId() == null ? "redirect:/activities" : "redirect:/activities/" + ex.existingId();
		}
		flash.addFlashAttribute("success", submit ? "activity.submitted" : "activity.draftSaved");
		return "redirect:/activities/" + saved[0].getId();
	}

	private String form(CurrentUser user, ActivityForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("communes", access.actableCommunes(user));
		if (form.id != null && !model.containsAttribute("locked")) {
			model.addAttribute("locked", false);
		}
		options(user, form, model);
		return "activity/form";
	}

	/** The villages and agreements offered: never another commune's (a commune id typed into the URL). */
	private void options(CurrentUser user, ActivityForm form, Model model) {
		Long communeId = form.communeId;
		boolean allowed = communeId != null && access.mayLogIn(user, communeId);
		if (communeId != null && !allowed && form.id == null) {
			communeId = null;
		}
		if (form.id != null && communeId != null) {
			Activity existing = log.get(user, form.id);
			if (!existing.getCommuneId().equals(communeId) && !allowed) {
				communeId = null;
			}
		}
		model.addAttribute("villageOptions", choices.villagesFor(communeId));
		model.addAttribute("agreementOptions", choices.agreementsFor(communeId, form.activityDate));
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("contentAreas", ContentArea.values());
	}

}
