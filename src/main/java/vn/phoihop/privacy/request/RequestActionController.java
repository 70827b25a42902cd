package vn.phoihop.privacy.request;

import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.StaleEditException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/**
 * A request's moves, each a POST from its page: start, extend, answer, refuse, and for a request to delete the
 * household's anonymisation. A refused move shows the page again with the message next to the field and what was
 * typed; a stale page says so.
 */
@Controller
@RequestMapping("/privacy/requests/{id}")
class RequestActionController {

	private final PersonalDataRequests requests;

	private final RequestController pages;

	RequestActionController(PersonalDataRequests requests, RequestController pages) {
		this.requests = requests;
		this.pages = pages;
	}

	@PostMapping("/start")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return simple(user, id, flash, "privacy.request.started", () -> requests.start(user, id, version));
	}

	@PostMapping("/anonymise")
	String anonymise(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer version, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes flash) {
		return simple(user, id, flash, "privacy.request.anonymisedDone", () -> {
			if (!confirm) {
				throw new BusinessRuleException(null, "privacy.request.err.confirm");
			}
			requests.anonymise(user, id, version);
		});
	}

	@PostMapping("/extend")
	String extend(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("action") RequestActionForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		return withForm(user, id, result, model, flash, "privacy.request.extended", "extend",
				() -> requests.extend(user, id, form));
	}

	@PostMapping("/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("action") RequestActionForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		return withForm(user, id, result, model, flash, "privacy.request.answered", "answer",
				() -> requests.answer(user, id, form));
	}

	@PostMapping("/refuse")
	String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("action") RequestActionForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		return withForm(user, id, result, model, flash, "privacy.request.refused", "refuse",
				() -> requests.refuse(user, id, form));
	}

	private String simple(CurrentUser user, Long id, RedirectAttributes flash, String done, Runnable move) {
		RequestAccess.requireHandle(user);
		requests.get(user, id); // 404 outside the scope, before anything else
		try {
			move.run();
			flash.addFlashAttribute("success", done);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			flash.addFlashAttribute("error", "edit.stale");
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/privacy/requests/" + id;
	}

	private String withForm(CurrentUser user, Long id, BindingResult result, Model model, RedirectAttributes flash,
			String done, String which, Runnable move) {
		RequestAccess.requireHandle(user);
		PersonalDataRequest current = requests.get(user, id); // 404 outside the scope, before anything else
		if (result.hasErrors() || !FormErrors.trySave(result, move)) {
			model.addAttribute("open", which);
			return pages.detailPage(user, current, model);
		}
		flash.addFlashAttribute("success", done);
		return "redirect:/privacy/requests/" + id;
	}

}
