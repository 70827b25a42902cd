package vn.phoihop.review;

import java.time.YearMonth;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.review.ReviewForms.ConcludeForm;
import vn.phoihop.review.ReviewForms.ReopenForm;
import vn.phoihop.review.ReviewForms.ReturnForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/**
 * The commander's decisions that others live with — concluding a month (its communes can log nothing more in it),
 * reopening it, returning a commune's report — each on a page of its own that says what will happen and asks for
 * what the decision needs (the number and date; a reason when reports are missing; the reason to reopen; the
 * comment the commune will read). Nothing is decided from the month page or the report page directly: their buttons
 * open these pages (GET), and only the button here (POST) decides. A refused form shows this page again with what
 * was typed.
 */
@Controller
@RequestMapping("/reviews/{code}/{month}")
class ReviewConfirmController {

	private final ReviewDecisions decisions;

	private final ReviewPageModel pages;

	ReviewConfirmController(ReviewDecisions decisions, ReviewPageModel pages) {
		this.decisions = decisions;
		this.pages = pages;
	}

	@GetMapping("/conclude")
	String confirmConclusion(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, Model model) {
		YearMonth m = ReviewController.parse(month);
		decisions.requireCommander(user, code, m);
		return pages.conclude(user, code, m, model);
	}

	@PostMapping("/conclude")
	String conclude(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			@Valid @ModelAttribute("concludeForm") ConcludeForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		YearMonth m = ReviewController.parse(month);
		decisions.requireCommander(user, code, m);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> decisions.conclude(user, code, m, form))) {
			return pages.conclude(user, code, m, model);
		}
		flash.addFlashAttribute("success", "review.concluded");
		return "redirect:/reviews/" + code + "/" + m;
	}

	@GetMapping("/reopen")
	String confirmReopening(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, Model model) {
		YearMonth m = ReviewController.parse(month);
		decisions.requireCommander(user, code, m);
		return pages.reopen(user, code, m, model);
	}

	@PostMapping("/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			@Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		YearMonth m = ReviewController.parse(month);
		decisions.requireCommander(user, code, m);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> decisions.reopen(user, code, m, form))) {
			return pages.reopen(user, code, m, model);
		}
		flash.addFlashAttribute("success", "review.reopened");
		return "redirect:/reviews/" + code + "/" + m;
	}

	@GetMapping("/submissions/{communeId}/return")
	String confirmReturn(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, @PathVariable Long communeId, Model model) {
		YearMonth m = ReviewController.parse(month);
		decisions.requireCommander(user, code, m);
		return pages.returnSubmission(user, code, m, communeId, model);
	}

	@PostMapping("/submissions/{communeId}/return")
	String returnSubmission(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, @PathVariable Long communeId,
			@Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		YearMonth m = ReviewController.parse(month);
		decisions.requireCommander(user, code, m);
		if (result.hasErrors()
				|| !FormErrors.trySave(result, () -> decisions.returnSubmission(user, code, m, communeId, form))) {
			return pages.returnSubmission(user, code, m, communeId, model);
		}
		flash.addFlashAttribute("success", "submission.returned");
		return "redirect:/reviews/" + code + "/" + m + "/submissions/" + communeId;
	}

}
