package vn.phoihop.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.account.UserNames;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.territory.Commune;

/** An item: the form (new, edit), its page (every opening audited) and its follow-up. */
@Controller
@RequestMapping("/situation")
class SituationItemController {

	private final SituationCommands commands;

	private final SituationAccess access;

	private final SituationChoices choices;

	private final UserNames userNames;

	private final AuditService audit;

	SituationItemController(SituationCommands commands, SituationAccess access, SituationChoices choices,
			UserNames userNames, AuditService audit) {
		this.commands = commands;
		this.access = access;
		this.choices = choices;
		this.userNames = userNames;
		this.audit = audit;
	}

	@GetMapping("/new")
	String newItem(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long communeId,
			@RequestParam(required = false) Long activityId, @RequestParam(required = false) Long markerId,
			Locale locale, Model model) {
		access.requireAdder(user);
		SituationForm form = new SituationForm();
		List<Commune> communes = access.actableCommunes(user);
		form.setCommuneId(communeId != null ? communeId : communes.size() == 1 ? communes.get(0).getId() : null);
		form.setActivityId(activityId);
		form.setMarkerId(markerId);
		form.setOccurredOn(LocalDate.now());
		form.setSource(user.communeId() != null ? null : Source.POST_PATROL);
		form.setSeverity(Severity.ROUTINE);
		return form(user, form, locale, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") SituationForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes flash) {
		access.requireAdder(user);
		form.setId(null);
		Long[] id = new Long[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> id[0] = commands.create(user, form))) {
			return form(user, form, locale, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/situation/" + id[0];
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale, Model model) {
		SituationCommands.Opened opened = commands.open(user, id);
		SituationItem item = opened.item();
		model.addAttribute("item", item);
		model.addAttribute("readable", opened.content());
		model.addAttribute("mayChange", opened.mayChange());
		model.addAttribute("category", choices.categoryLabels(locale).get(item.getCategoryId()));
		model.addAttribute("communeNames", SituationChoices.communeNames(choices.communesInScope(user)));
		if (opened.content()) {
			model.addAttribute("markerNumber", choices.markerNumber(item.getMarkerId()));
			model.addAttribute("villageNames", SituationChoices.villageNames(choices.villagesOf(item.getCommuneId())));
			List<String> people = Stream.concat(Stream.of(item.getRecordedBy()),
					item.getHistory().stream().map(StatusChange::getChangedBy)).filter(Objects::nonNull).distinct()
				.toList();
			model.addAttribute("names", userNames.fullNames(people));
			model.addAttribute("history", audit.history(item.auditType(), id));
			if (opened.mayChange() && !model.containsAttribute("statusForm")) {
				StatusForm statusForm = new StatusForm();
				statusForm.setVersion(item.getVersion());
				statusForm.setChangedOn(LocalDate.now());
				model.addAttribute("statusForm", statusForm);
			}
			model.addAttribute("nextStatuses", new ArrayList<>(item.getStatus().next()));
		}
		return "situation/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale, Model model) {
		return form(user, SituationForm.from(commands.forChange(user, id)), locale, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") SituationForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes flash) {
		SituationItem item = commands.forChange(user, id); // 404 outside the scope, 403 without the right
		form.setId(id);
		form.setCommuneId(item.getCommuneId());
		if (result.hasErrors() || !FormErrors.trySave(result, () -> commands.update(user, id, form))) {
			return form(user, form, locale, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/situation/" + id;
	}

	@PostMapping("/{id}/status")
	String follow(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes flash) {
		commands.forChange(user, id);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> commands.follow(user, id, form))) {
			model.addAttribute("statusForm", form);
			return detail(user, id, locale, model);
		}
		flash.addFlashAttribute("success", "situation.status.saved");
		return "redirect:/situation/" + id;
	}

	private String form(CurrentUser user, SituationForm form, Locale locale, Model model) {
		model.addAttribute("form", form);
		List<Commune> communes = form.getId() == null ? access.actableCommunes(user)
				: choices.communesInScope(user).stream().filter(c -> c.getId().equals(form.getCommuneId())).toList();
		model.addAttribute("communes", communes);
		model.addAttribute("villages",
				communes.stream().flatMap(c -> choices.villagesOf(c.getId()).stream()).distinct().toList());
		model.addAttribute("markers", choices.markersIn(communes));
		Map<Long, String> categories = choices.offeredCategoryLabels(locale,
				form.getCategoryId() == null ? List.of() : List.of(form.getCategoryId()));
		model.addAttribute("categories", categories);
		model.addAttribute("sources", Source.values());
		model.addAttribute("severities", Severity.values());
		return "situation/form";
	}

}
