package vn.phoihop.account;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.TerritoryService;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final AccountService accounts;

	private final TerritoryService territory;

	private final TwoFactor twoFactor;

	UserAdminController(AccountService accounts, TerritoryService territory, TwoFactor twoFactor) {
		this.accounts = accounts;
		this.territory = territory;
		this.twoFactor = twoFactor;
	}

	@InitBinder({ "form", "passwordForm" })
	void passwords(WebDataBinder binder) {
		PasswordRules.keepAsTyped(binder, "password");
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "1") int page, Model model) {
		var result = accounts.search(q, role, page);
		model.addAttribute("users", result);
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("roles", Role.values());
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("posts", territory.allPosts());
		model.addAttribute("communes", territory.allCommunes());
		model.addAttribute("provinces", territory.provinces());
		return "account/users";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(new UserForm(), model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		AppUser user = accounts.byId(id).orElseThrow(NotFoundException::new);
		model.addAttribute("user", user);
		if (!model.containsAttribute("passwordForm")) {
			PasswordForm pf = new PasswordForm();
			pf.setVersion(user.getVersion());
			model.addAttribute("passwordForm", pf);
		}
		return form(UserForm.from(user), model);
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (result.hasErrors() || !FormErrors.trySave(result, () -> accounts.save(form))) {
			form.setPassword(null);
			if (form.getId() != null) {
				accounts.byId(form.getId()).ifPresent(u -> {
					model.addAttribute("user", u);
					PasswordForm pf = new PasswordForm();
					pf.setVersion(u.getVersion());
					model.addAttribute("passwordForm", pf);
				});
			}
			return form(form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, @RequestParam Integer version,
			RedirectAttributes flash) {
		BindingResultHolder holder = new BindingResultHolder();
		boolean ok = FormErrors.trySave(holder.result(), () -> accounts.setEnabled(id, version, enabled));
		flash.addFlashAttribute(ok ? "success" : "error", ok ? (enabled ? "account.enabled" : "account.disabled")
				: "edit.stale");
		return "redirect:/admin/users/" + id;
	}

	/** A lost phone: the user's second factor and recovery codes are deleted (TwoFactor.reset). */
	@PostMapping("/{id}/two-factor/reset")
	String resetTwoFactor(@PathVariable Long id, @RequestParam Integer version, RedirectAttributes flash) {
		accounts.byId(id).orElseThrow(NotFoundException::new);
		BindingResultHolder holder = new BindingResultHolder();
		boolean ok = FormErrors.trySave(holder.result(), () -> twoFactor.reset(id, version));
		flash.addFlashAttribute(ok ? "success" : "error", ok ? "twofactor.reset.done" : "edit.stale");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		AppUser user = accounts.byId(id).orElseThrow(NotFoundException::new);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> accounts.resetPassword(id, form))) {
			form.setPassword(null);
			model.addAttribute("user", user);
			return form(UserForm.from(user), model);
		}
		flash.addFlashAttribute("success", "account.password.reset");
		return "redirect:/admin/users/" + id;
	}

	private String form(UserForm form, Model model) {
		if (model.getAttribute("user") instanceof AppUser user) {
			model.addAttribute("twoFactor", twoFactor.status(user));
		}
		model.addAttribute("minLength", PasswordRules.MIN);
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("partyFunctions", PartyFunction.values());
		model.addAttribute("posts", territory.allPosts());
		model.addAttribute("communes", territory.allCommunes());
		model.addAttribute("provinces", territory.provinces());
		return "account/user-form";
	}

	/** A throw-away binding result for actions that are not a form. */
	private static final class BindingResultHolder {

		private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(
				new Object(), "action");

		BindingResult result() {
			return result;
		}

	}

}
