package vn.phoihop.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import vn.phoihop.agreement.Agreement;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.territory.Commune;

/**
 * The activity form: a new activity, an edit, the type's fields and the date's check for htmx, whether a kept draft
 * was sent after all, and the save (with its photos).
 */
@Controller
@RequestMapping("/activities")
class ActivityFormController {

	/** Sent by app.js with a form it posts itself (a send with photos, for its progress bar). */
	private static final String XHR = "XMLHttpRequest";

	private final ActivityCommands commands;

	private final ActivityLog log;

	private final ActivityAccess access;

	private final ActivityChoices choices;

	private final ActivityRules rules;

	private final MonthLock lock;

	private final MessageSource messages;

	private final ActivityPlanLink planLink;

	ActivityFormController(ActivityCommands commands, ActivityLog log, ActivityAccess access, ActivityChoices choices,
			ActivityRules rules, MonthLock lock, MessageSource messages, ActivityPlanLink planLink) {
		this.planLink = planLink;
		this.commands = commands;
		this.log = log;
		this.access = access;
		this.choices = choices;
		this.rules = rules;
		this.lock = lock;
		this.messages = messages;
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) ActivityType type,
			Locale locale, Model model) {
		access.requireLogger(user);
		ActivityForm form = new ActivityForm();
		form.token = commands.newToken();
		form.type = type == null ? ActivityType.OUTREACH : type;
		form.activityDate = LocalDate.now();
		List<Commune> communes = access.actableCommunes(user);
		if (communes.size() == 1) {
			form.communeId = communes.get(0).getId();
		}
		dateNotice(user, form, locale, model);
		return form(user, form, true, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale, Model model) {
		Activity a = log.get(user, id);
		access.requireLogger(user);
		boolean locked = lock.isLocked(a.getCommuneId(), a.month());
		model.addAttribute("locked", locked);
		ActivityForm form = ActivityForm.from(a);
		if (!locked) {
			dateNotice(user, form, locale, model);
		}
		return form(user, form, false, model);
	}

	/**
	 * The fields that depend on the type, the commune and the date, for htmx (the same fragment the full page
	 * includes), with the date's check swapped in next to the date by its id: a day in a concluded month is refused
	 * as soon as it is chosen, not after the whole form was filled in.
	 */
	@GetMapping("/form-fields")
	String formFields(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ActivityForm form,
			BindingResult result, Locale locale, Model model) {
		access.requireLogger(user);
		options(user, form, true, model);
		dateNotice(user, form, locale, model);
		return "activity/form :: fieldsAnswer";
	}

	/**
	 * Whether the new-activity form with this one-time token was saved: asked by a page that finds a local draft of
	 * that form (its answer may have been lost on the way). The notice with a link to the activity, or nothing.
	 */
	@GetMapping("/sent")
	String sent(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String token, Model model) {
		model.addAttribute("sent", commands.sentWith(user, token).orElse(null));
		// a form the browser had filled in with that draft starts afresh: with a token of its own
		model.addAttribute("freshToken", commands.newToken());
		return "activity/form :: sent";
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult result, @RequestParam(defaultValue = "submit") String action, Locale locale, Model model,
			RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
		access.requireLogger(user);
		if ("update".equals(action)) {
			// the no-JavaScript round trip: show the fields of the chosen type, nothing saved
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
			dateNotice(user, form, locale, model);
			return form(user, form, true, model);
		}
		boolean submit = !"draft".equals(action);
		Activity[] saved = new Activity[1];
		try {
			boolean ok = FormErrors.trySave(result,
					() -> saved[0] = commands.save(user, form, submit, result).orElse(null));
			if (!ok || saved[0] == null) {
				// a photo cannot be sent back to the browser: without JavaScript it must be chosen again (app.js
				// keeps the chosen files in the page when it sends the form itself)
				model.addAttribute("photosNotKept", !XHR.equals(request.getHeader("X-Requested-With"))
						&& form.photos.stream().anyMatch(p -> p != null && !p.isEmpty()));
				return form(user, form, false, model);
			}
		}
		catch (DuplicateSubmitException ex) {
			return saved(ex.existingId() == null ? "/activities" : "/activities/" + ex.existingId(),
					"activity.duplicate", flash, request, response);
		}
		return saved("/activities/" + saved[0].getId(), submit ? "activity.submitted" : "activity.draftSaved", flash,
				request, response);
	}

	/**
	 * POST, redirect, GET with the flash message. A form app.js sent itself (XMLHttpRequest, which would follow a
	 * redirect and use up the message) gets the place in {@code X-Location} with the message kept for it there, and
	 * the browser goes there.
	 */
	private String saved(String path, String message, RedirectAttributes flash, HttpServletRequest request,
			HttpServletResponse response) {
		if (!XHR.equals(request.getHeader("X-Requested-With"))) {
			flash.addFlashAttribute("success", message);
			return "redirect:" + path;
		}
		String location = UriComponentsBuilder.fromPath(request.getContextPath() + path).build().toUriString();
		RequestContextUtils.getOutputFlashMap(request).put("success", message);
		RequestContextUtils.saveOutputFlashMap(location, request, response);
		response.setHeader("X-Location", location);
		return "activity/form :: nothing";
	}

	private String form(CurrentUser user, ActivityForm form, boolean propose, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("communes", access.actableCommunes(user));
		if (form.id != null && !model.containsAttribute("locked")) {
			model.addAttribute("locked", false);
		}
		model.addAttribute("maxPhotos", ActivityAttachments.MAX_PER_FORM);
		model.addAttribute("maxPhotoBytes", ActivityAttachments.MAX_BYTES);
		options(user, form, propose, model);
		return "activity/form";
	}

	/**
	 * The villages and agreements offered: never another commune's (a commune id typed into the URL). With
	 * {@code propose}, a new activity's agreement and content area are proposed ({@link ActivityChoices#propose}); a
	 * form sent back with its errors shows what the save checked (its proposals were made again there).
	 */
	private void options(CurrentUser user, ActivityForm form, boolean propose, Model model) {
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
		List<Agreement> agreements = choices.agreementsFor(communeId, form.activityDate);
		if (propose) {
			ActivityChoices.propose(form, agreements);
			// an agreement the user chose that no longer applies (another day, another commune) is not shown as
			// chosen: say so next to it rather than drop it silently
			model.addAttribute("agreementGone", form.agreementId != null
					&& agreements.stream().noneMatch(a -> a.getId().equals(form.agreementId)));
		}
		model.addAttribute("villageOptions", choices.villagesFor(communeId));
		model.addAttribute("agreementOptions", agreements);
		model.addAttribute("plannedItemOptions", planLink.choices(communeId, form.activityDate, agreements,
				form.plannedItemId));
		model.addAttribute("types", ActivityType.offered(form.type));
		model.addAttribute("contentAreas", ContentArea.offered(form.contentArea == null ? List.of() : List.of(form.contentArea)));
		model.addAttribute("patrolKinds", PatrolKind.values());
		// what the type's fields are drawn for: app.js draws them again when the browser shows other values
		model.addAttribute("renderedFor", UriComponentsBuilder.newInstance()
			.queryParam("type", form.type == null ? "" : form.type.name())
			.queryParam("communeId", form.communeId == null ? "" : form.communeId)
			.queryParam("activityDate", form.activityDate == null ? "" : DateText.DAY.format(form.activityDate))
			.build().getQuery());
	}

	/** The dates' checks, shown next to them as soon as they are chosen ({@link ActivityRules#dateNotice}). */
	private void dateNotice(CurrentUser user, ActivityForm form, Locale locale, Model model) {
		MonthLock.Locks locks = lock.forOneSave();
		for (String field : List.of("activityDate", "dateTo")) {
			FieldError notice = rules.dateNotice(user, form, locks, field);
			model.addAttribute(field + "Notice", notice == null ? null : messages.getMessage(notice, locale));
		}
	}

}
