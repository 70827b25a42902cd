package vn.phoihop.deadline;

import java.time.YearMonth;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/** {@code /settings/deadlines}: a post's due days for the communes' reports and the month's conclusion. */
@Controller
class DeadlineController {

	private final DeadlineSettings settings;

	DeadlineController(DeadlineSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/settings/deadlines")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String post, Model model) {
		DeadlineSettings.Setting setting = settings.read(user, post);
		return page(user, setting, setting == null ? null : DeadlineForm.of(setting.days(), setting.version()), model);
	}

	@PostMapping("/settings/deadlines")
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("deadlineForm") DeadlineForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		settings.requireChanger(user);
		DeadlineSettings.Setting setting = settings.read(user, null);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> settings.save(user, form))) {
			return page(user, setting, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/settings/deadlines";
	}

	private String page(CurrentUser user, DeadlineSettings.Setting setting, DeadlineForm form, Model model) {
		model.addAttribute("setting", setting);
		model.addAttribute("deadlineForm", form);
		model.addAttribute("posts", settings.posts(user));
		// an example: last month's dates as the stored days give them
		YearMonth example = YearMonth.now().minusMonths(1);
		model.addAttribute("exampleMonth", example);
		if (setting != null) {
			model.addAttribute("exampleReport", setting.days().reportDue(example));
			model.addAttribute("exampleConclusion", setting.days().conclusionDue(example));
		}
		return "deadline/settings";
	}

}
