package vn.phoihop.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;

/**
 * The second step of a sign-in ({@link PendingSignIn}): the code from the authenticator app or a recovery code
 * ({@code /login/code}), or, for a role that requires two-step sign-in and an account not enrolled yet, the set-up
 * ({@code /login/two-factor}); nothing else can be reached before it is done. Wrong codes count as failed sign-ins
 * ({@link LoginThrottle}): five lock the name for fifteen minutes, and the sign-in starts again from the password.
 */
@Controller
@RequestMapping("/login")
class SecondStepController {

	static final String CODE_PAGE = "account/login-code";

	static final String SETUP_PAGE = "account/two-factor-setup";

	private final TwoFactor twoFactor;

	private final LoginThrottle throttle;

	private final AccountService accounts;

	private final SignInCompletion completion;

	private final SecretBox box;

	SecondStepController(TwoFactor twoFactor, LoginThrottle throttle, AccountService accounts,
			SignInCompletion completion, SecretBox box) {
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.accounts = accounts;
		this.completion = completion;
		this.box = box;
	}

	@GetMapping("/code")
	String codePage(HttpSession session, Model model, RedirectAttributes flash) {
		PendingSignIn pending = PendingSignIn.of(session, TwoFactor.Step.CODE);
		if (pending == null) {
			return startAgain(session, flash);
		}
		model.addAttribute("form", new CodeForm());
		return CODE_PAGE;
	}

	@PostMapping("/code")
	String code(@ModelAttribute("form") CodeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes flash) {
		HttpSession session = request.getSession();
		PendingSignIn pending = PendingSignIn.of(session, TwoFactor.Step.CODE);
		if (pending == null) {
			return startAgain(session, flash);
		}
		if (throttle.lockedUntil(pending.username()).isPresent()) {
			return locked(session, pending);
		}
		TwoFactor.Check check = twoFactor.check(pending.userId(), form.getCode());
		if (!check.ok()) {
			throttle.failed(pending.username());
			if (throttle.lockedUntil(pending.username()).isPresent()) {
				return locked(session, pending);
			}
			form.setCode(null);
			result.rejectValue("code", check == TwoFactor.Check.USED ? "twofactor.code.used" : "twofactor.code.wrong");
			return CODE_PAGE;
		}
		CurrentUser user = accounts.currentUser(pending.userId());
		if (user == null) {
			return refused(session, pending);
		}
		String target = completion.complete(request, response, user);
		if (check == TwoFactor.Check.RECOVERY_CODE) {
			twoFactor.recoveryCodeUsed(pending.userId());
			flash.addFlashAttribute("success", "twofactor.recovery.usedToSignIn");
			return "redirect:/me/two-factor";
		}
		return "redirect:" + target;
	}

	@GetMapping("/two-factor")
	String setupPage(HttpSession session, Model model, RedirectAttributes flash) {
		PendingSignIn pending = PendingSignIn.of(session, TwoFactor.Step.ENROL);
		if (pending == null) {
			return startAgain(session, flash);
		}
		return setup(model, session, pending, new CodeForm());
	}

	@PostMapping("/two-factor")
	String enrol(@ModelAttribute("form") CodeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes flash) {
		HttpSession session = request.getSession();
		PendingSignIn pending = PendingSignIn.of(session, TwoFactor.Step.ENROL);
		if (pending == null || pending.sealedSecret() == null) {
			return startAgain(session, flash);
		}
		if (throttle.lockedUntil(pending.username()).isPresent()) {
			return locked(session, pending);
		}
		CurrentUser user = accounts.currentUser(pending.userId());
		if (user == null) {
			return refused(session, pending);
		}
		AppUser account = accounts.byId(pending.userId()).orElseThrow(NotFoundException::new);
		List<String> recoveryCodes;
		// the thread acts as the user while enrolling, so that the audit names them; nothing is stored in the
		// session unless the code was right (SignInCompletion)
		completion.actAs(user);
		try {
			recoveryCodes = twoFactor.enrol(account, box.open(pending.sealedSecret()), form.getCode());
		}
		catch (BusinessRuleException ex) {
			completion.actAsNobody();
			throttle.failed(pending.username());
			if (throttle.lockedUntil(pending.username()).isPresent()) {
				return locked(session, pending);
			}
			form.setCode(null);
			result.rejectValue("code", ex.getMessageKey());
			return setup(model, session, pending, form);
		}
		completion.complete(request, response, user);
		flash.addFlashAttribute("recoveryCodes", recoveryCodes);
		flash.addFlashAttribute("success", "twofactor.enrolled");
		return "redirect:/me/two-factor";
	}

	private String setup(Model model, HttpSession session, PendingSignIn pending, CodeForm form) {
		PendingSignIn current = pending;
		if (current.sealedSecret() == null) {
			current = pending.withSealedSecret(box.seal(twoFactor.newSecret()));
			session.setAttribute(PendingSignIn.ATTRIBUTE, current);
		}
		model.addAttribute("setup", twoFactor.setup(box.open(current.sealedSecret()), current.username()));
		model.addAttribute("form", form);
		model.addAttribute("action", "/login/two-factor");
		model.addAttribute("signingIn", true);
		return SETUP_PAGE;
	}

	/**
	 * Not this step: on to the step waiting, if one is; back to the password when none is, or when it waited longer
	 * than {@link PendingSignIn#LIFETIME}.
	 */
	private static String startAgain(HttpSession session, RedirectAttributes flash) {
		if (session != null && session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending) {
			if (!pending.expired()) {
				return "redirect:" + (pending.step() == TwoFactor.Step.CODE ? "/login/code" : "/login/two-factor");
			}
			session.removeAttribute(PendingSignIn.ATTRIBUTE);
			flash.addFlashAttribute("error", "login.expired");
		}
		return "redirect:/login";
	}

	/** Too many wrong codes: the sign-in page says the name is locked, with the name kept. */
	private static String locked(HttpSession session, PendingSignIn pending) {
		session.removeAttribute(PendingSignIn.ATTRIBUTE);
		session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("locked"));
		session.setAttribute(SecurityConfig.LAST_USERNAME, pending.username());
		return "redirect:/login?error=1";
	}

	/** The account was disabled (or removed) between the password and the code. */
	private static String refused(HttpSession session, PendingSignIn pending) {
		session.removeAttribute(PendingSignIn.ATTRIBUTE);
		session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new DisabledException("disabled"));
		session.setAttribute(SecurityConfig.LAST_USERNAME, pending.username());
		return "redirect:/login?error=1";
	}

}
