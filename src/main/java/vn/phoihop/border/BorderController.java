package vn.phoihop.border;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.border.BorderForms.SettingForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.territory.TerritoryService;

/** The post's segment ({@code /border}): its schematic, its markers with their last inspection, its setting. */
@Controller
@RequestMapping("/border")
class BorderController {

	private final BorderSegment segments;

	private final BorderCommands commands;

	private final BorderAccess access;

	private final BorderChoices choices;

	private final TerritoryService territory;

	BorderController(BorderSegment segments, BorderCommands commands, BorderAccess access, BorderChoices choices,
			TerritoryService territory) {
		this.segments = segments;
		this.commands = commands;
		this.access = access;
		this.choices = choices;
		this.territory = territory;
	}

	@GetMapping
	String segment(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String post,
			Model model) {
		BorderSegment.Segment segment = segments.segment(user, post);
		return page(user, segment, segment.post() == null ? null : SettingForm.from(segment.setting()), model);
	}

	@PostMapping("/settings")
	String saveSetting(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("settingForm") SettingForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		access.requireManager(user);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> commands.saveSetting(user, form))) {
			return page(user, segments.segment(user, null), form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/border";
	}

	private String page(CurrentUser user, BorderSegment.Segment segment, SettingForm form, Model model) {
		model.addAttribute("segment", segment);
		model.addAttribute("drawing", BorderSchematic.draw(segment.markers()));
		model.addAttribute("mayManage", access.mayManage(user) && segment.post() != null
				&& segment.post().getId().equals(user.postId()));
		model.addAttribute("settingForm", form);
		model.addAttribute("communeNames", choices.communeNames(user));
		model.addAttribute("villageNames", choices.villageNames(user));
		model.addAttribute("groupNames", choices.groupNames(user));
		model.addAttribute("posts", user.role() == Role.ADMIN ? territory.allPosts() : List.of());
		return "border/segment";
	}

}
