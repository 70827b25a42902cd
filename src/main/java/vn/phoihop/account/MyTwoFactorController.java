package vn.phoihop.account;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/**
 * A user's two-step sign-in ({@code /me/two-factor}): set it up (a QR code and the secret in text, confirmed by a
 * code from the app), see how many recovery codes are left, make new ones, or turn it off where the role does not
 * require it. New recovery codes are shown once, on the page the change leads to. Wrong codes count as failed
 * sign-ins (LoginThrottle), so a session left open cannot be used to guess them.
 */
@Controller
@RequestMapping("/me/two-factor")
class MyTwoFactorController {

	/** The secret being set up, sealed (SecretBox), until a code made from it is typed. */
	static final String SETUP_SECRET = "phoihop.twoFactorSetup";

	private static final String PAGE = "account/two-factor";

	private final AccountService accounts;

	private final TwoFactor twoFactor;

	private final LoginThrottle throttle;

	private final SecretBox box;

	MyTwoFactorController(AccountService accounts, TwoFactor twoFactor, LoginThrottle throttle, SecretBox box) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.box = box;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser me, HttpSession session, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CodeForm());
		}
		return render(me, session, model);
	}

	private String render(CurrentUser me, HttpSession session, Model model) {
		AppUser user = user(me);
		TwoFactor.Status status = twoFactor.status(user);
		model.addAttribute("user", user);
		model.addAttribute("status", status);
		if (!status.enrolled()) {
			if (!(session.getAttribute(SETUP_SECRET) instanceof String)) {
				session.setAttribute(SETUP_SECRET, box.seal(twoFactor.newSecret()));
			}
			model.addAttribute("setup", twoFactor.setup(box.open((String) session.getAttribute(SETUP_SECRET)),
					user.getUsername()));
			model.addAttribute("action", "/me/two-factor");
		}
		return PAGE;
	}

	@PostMapping
	String enrol(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") CodeForm form, BindingResult result,
			HttpSession session, Model model, RedirectAttributes flash) {
		if (!(session.getAttribute(SETUP_SECRET) instanceof String sealed)) {
			return "redirect:/me/two-factor";
		}
		List<String> codes = withCode(me, form, result,
				() -> twoFactor.enrol(user(me), box.open(sealed), form.getCode()));
		if (codes == null) {
			return render(me, session, model);
		}
		session.removeAttribute(SETUP_SECRET);
		flash.addFlashAttribute("recoveryCodes", codes);
		flash.addFlashAttribute("success", "twofactor.enrolled");
		return "redirect:/me/two-factor";
	}

	@PostMapping("/recovery-codes")
	String newRecoveryCodes(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") CodeForm form,
			BindingResult result, HttpSession session, Model model, RedirectAttributes flash) {
		List<String> codes = withCode(me, form, result, () -> twoFactor.newRecoveryCodes(user(me), form.getCode()));
		if (codes == null) {
			return render(me, session, model);
		}
		flash.addFlashAttribute("recoveryCodes", codes);
		flash.addFlashAttribute("success", "twofactor.recovery.renewed");
		return "redirect:/me/two-factor";
	}

	@PostMapping("/disable")
	String disable(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") CodeForm form,
			BindingResult result, HttpSession session, Model model, RedirectAttributes flash) {
		List<String> done = withCode(me, form, result, () -> {
			twoFactor.disable(user(me), form.getCode());
			return List.of();
		});
		if (done == null) {
			return render(me, session, model);
		}
		flash.addFlashAttribute("success", "twofactor.disabled");
		return "redirect:/me/two-factor";
	}

	/**
	 * Runs a change that a code must confirm; null when it was refused (the error is on the form, the code not kept).
	 * A wrong code counts as a failed sign-in; none is checked while the name is locked.
	 */
	private List<String> withCode(CurrentUser me, CodeForm form, BindingResult result, Supplier<List<String>> change) {
		if (throttle.lockedUntil(me.username()).isPresent()) {
			form.setCode(null);
			result.rejectValue("code", "twofactor.locked", new Object[] { throttle.lockMinutes() }, null);
			return null;
		}
		List<List<String>> done = new ArrayList<>();
		if (!FormErrors.trySave(result, () -> done.add(change.get()))) {
			if (result.hasFieldErrors("code")) {
				throttle.failed(me.username());
			}
			form.setCode(null);
			return null;
		}
		return done.get(0);
	}

	private AppUser user(CurrentUser me) {
		return accounts.byId(me.id()).orElseThrow(NotFoundException::new);
	}

}
