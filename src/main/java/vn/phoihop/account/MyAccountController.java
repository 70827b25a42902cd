package vn.phoihop.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.groups.Default;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.mail.MailNotSent;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.Province;
import vn.phoihop.territory.TerritoryService;

/**
 * A user's own page ({@code /me}): who they are, their e-mail address (given, confirmed by a link, removed), their
 * password ({@code /me/password}) and a link to two-step sign-in ({@code /me/two-factor}). Every write is the
 * signed-in user's own account, found by the id of the session's user, never by a parameter.
 */
@Controller
@RequestMapping("/me")
class MyAccountController {

	private final AccountService accounts;

	private final EmailAddresses emails;

	private final TwoFactor twoFactor;

	private final TerritoryService territory;

	private final AccountLinks links;

	MyAccountController(AccountService accounts, EmailAddresses emails, TwoFactor twoFactor,
			TerritoryService territory, AccountLinks links) {
		this.accounts = accounts;
		this.emails = emails;
		this.twoFactor = twoFactor;
		this.territory = territory;
		this.links = links;
	}

	@InitBinder({ "emailForm", "passwordForm" })
	void passwords(WebDataBinder binder) {
		PasswordRules.keepAsTyped(binder, "currentPassword", "newPassword", "confirmation");
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser me, Model model) {
		AppUser user = accounts.byId(me.id()).orElseThrow(NotFoundException::new);
		if (!model.containsAttribute("emailForm")) {
			EmailForm form = new EmailForm();
			form.setVersion(user.getVersion());
			model.addAttribute("emailForm", form);
		}
		return page(user, model);
	}

	private String page(AppUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("unit", unitName(user));
		model.addAttribute("pendingEmail", emails.pending(user.getId()).orElse(null));
		model.addAttribute("twoFactor", twoFactor.status(user));
		return "account/me";
	}

	@PostMapping("/email")
	String email(@AuthenticationPrincipal CurrentUser me,
			@Validated({ Default.class, EmailForm.Adding.class }) @ModelAttribute("emailForm") EmailForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		boolean sent;
		try {
			sent = !result.hasErrors()
					&& FormErrors.trySave(result, () -> emails.requestConfirmation(me, form, links.base()));
		}
		catch (MailNotSent ex) {
			result.rejectValue("email", "account.email.notSent");
			sent = false;
		}
		if (!sent) {
			form.setCurrentPassword(null);
			return page(accounts.byId(me.id()).orElseThrow(NotFoundException::new), model);
		}
		flash.addFlashAttribute("success", "account.email.sent");
		return "redirect:/me";
	}

	@PostMapping("/email/remove")
	String removeEmail(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("emailForm") EmailForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		if (!FormErrors.trySave(result, () -> emails.remove(me, form))) {
			form.setCurrentPassword(null);
			form.setEmail(null);
			return page(accounts.byId(me.id()).orElseThrow(NotFoundException::new), model);
		}
		flash.addFlashAttribute("success", "account.email.removed");
		return "redirect:/me";
	}

	@GetMapping("/email/confirm")
	String confirmPage(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String token,
			Model model) {
		model.addAttribute("token", token);
		model.addAttribute("address", emails.confirmable(me, token).orElse(null));
		return "account/email-confirm";
	}

	@PostMapping("/email/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String token,
			Model model, RedirectAttributes flash) {
		try {
			emails.confirm(me, token);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("token", token);
			model.addAttribute("address", null);
			model.addAttribute("problem", ex.getMessageKey());
			return "account/email-confirm";
		}
		flash.addFlashAttribute("success", "account.email.confirmed");
		return "redirect:/me";
	}

	@GetMapping("/password")
	String passwordPage(@AuthenticationPrincipal CurrentUser me, Model model) {
		AppUser user = accounts.byId(me.id()).orElseThrow(NotFoundException::new);
		OwnPasswordForm form = new OwnPasswordForm();
		form.setVersion(user.getVersion());
		model.addAttribute("passwordForm", form);
		model.addAttribute("minLength", PasswordRules.MIN);
		return "account/me-password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CurrentUser me,
			@ModelAttribute("passwordForm") OwnPasswordForm form, BindingResult result, HttpServletRequest request,
			Model model, RedirectAttributes flash) {
		if (!FormErrors.trySave(result, () -> accounts.changeOwnPassword(me, request.getSession().getId(), form))) {
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setConfirmation(null);
			model.addAttribute("minLength", PasswordRules.MIN);
			return "account/me-password";
		}
		// a new session id as well: whoever had this one's id before the change has it no more
		request.changeSessionId();
		flash.addFlashAttribute("success", "account.password.changed");
		return "redirect:/me";
	}

	private String unitName(AppUser user) {
		if (user.getPostId() != null) {
			return territory.post(user.getPostId()).map(BorderPost::getName).orElse(null);
		}
		if (user.getCommuneId() != null) {
			return territory.commune(user.getCommuneId()).map(Commune::getLabel).orElse(null);
		}
		if (user.getProvinceId() != null) {
			return territory.province(user.getProvinceId()).map(Province::getName).orElse(null);
		}
		return null;
	}

}
