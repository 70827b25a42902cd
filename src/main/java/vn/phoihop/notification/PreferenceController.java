package vn.phoihop.notification;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/** {@code /me/notifications}: per kind of event, in the app only, by e-mail at once, or in the daily digest. */
@Controller
class PreferenceController {

	private final Preferences preferences;

	PreferenceController(Preferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/me/notifications")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		PreferenceForm form = new PreferenceForm();
		form.getChoices().putAll(preferences.of(user));
		return page(user, form, model);
	}

	@PostMapping("/me/notifications")
	String save(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("preferenceForm") PreferenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors() || !FormErrors.trySave(result, () -> preferences.save(user, form))) {
			return page(user, form, model);
		}
		redirect.addFlashAttribute("success", "flash.saved");
		return "redirect:/me/notifications";
	}

	private String page(CurrentUser user, PreferenceForm form, Model model) {
		Map<NotificationKind, Delivery> stored = preferences.of(user);
		List<NotificationKind> kinds = List.copyOf(stored.keySet());
		kinds.forEach(k -> form.getChoices().putIfAbsent(k, Delivery.APP));
		model.addAttribute("preferenceForm", form);
		model.addAttribute("kinds", kinds);
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("address", preferences.address(user));
		return "notification/preferences";
	}

}
