package vn.phoihop.account;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.web.FormErrors;

/**
 * A forgotten password, without signing in: ask for a link ({@code /password/forgot}: the same answer whatever was
 * typed, PasswordReset), then set a new password through it ({@code /password/reset?token=…}).
 */
@Controller
@RequestMapping("/password")
class PasswordResetController {

	private final PasswordReset reset;

	private final AccountLinks links;

	PasswordResetController(PasswordReset reset, AccountLinks links) {
		this.reset = reset;
		this.links = links;
	}

	@InitBinder("resetForm")
	void passwords(WebDataBinder binder) {
		PasswordRules.keepAsTyped(binder, "password", "confirmation");
	}

	@GetMapping("/forgot")
	String forgotPage(Model model) {
		if (!model.containsAttribute("forgotForm")) {
			model.addAttribute("forgotForm", new ForgotForm());
		}
		return "account/password-forgot";
	}

	@PostMapping("/forgot")
	String forgot(@Valid @ModelAttribute("forgotForm") ForgotForm form, BindingResult result,
			RedirectAttributes flash) {
		if (result.hasErrors()) {
			return "account/password-forgot";
		}
		reset.request(form.getIdentifier(), links.base());
		flash.addFlashAttribute("sent", true);
		return "redirect:/password/forgot";
	}

	@GetMapping("/reset")
	String resetPage(@RequestParam(required = false) String token, Model model) {
		ResetForm form = new ResetForm();
		form.setToken(token);
		model.addAttribute("resetForm", form);
		model.addAttribute("valid", reset.valid(token));
		model.addAttribute("minLength", PasswordRules.MIN);
		return "account/password-reset";
	}

	@PostMapping("/reset")
	String resetPassword(@ModelAttribute("resetForm") ResetForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!FormErrors.trySave(result, () -> reset.reset(form.getToken(), form))) {
			form.setPassword(null);
			form.setConfirmation(null);
			model.addAttribute("valid", result.getFieldErrorCount() > 0);
			model.addAttribute("minLength", PasswordRules.MIN);
			return "account/password-reset";
		}
		flash.addFlashAttribute("success", "password.reset.done");
		return "redirect:/login";
	}

}
