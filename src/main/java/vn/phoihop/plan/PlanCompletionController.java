package vn.phoihop.plan;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.TerritoryService;

/**
 * A post's month of plan completion ({@code /plans/completion?post=…&month=…}), which the monthly review's page asks
 * for once drawn (htmx), and shows as a page of its own without JavaScript. Cut to the reader as
 * {@link PlanCompletion#ofPostMonth} cuts it: a reader outside the post's scope gets no row.
 */
@Controller
class PlanCompletionController {

	private final PlanCompletion completion;

	private final TerritoryService territory;

	PlanCompletionController(PlanCompletion completion, TerritoryService territory) {
		this.completion = completion;
		this.territory = territory;
	}

	@GetMapping("/plans/completion")
	String month(@AuthenticationPrincipal CurrentUser user, @RequestParam String post, @RequestParam String month,
			@RequestParam(defaultValue = "plan-completion") String id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		BorderPost p = territory.postByCode(post).orElseThrow(NotFoundException::new);
		YearMonth m;
		try {
			m = DateText.parseMonth(month);
		}
		catch (DateTimeParseException ex) {
			throw new NotFoundException();
		}
		model.addAttribute("planCompletion", completion.ofPostMonth(user, p.getId(), m));
		model.addAttribute("id", id.matches("[a-z-]{1,40}") ? id : "plan-completion");
		if (htmx != null) {
			return "plan/_completion :: answer";
		}
		model.addAttribute("subtitle", p.getName() + " · " + DateText.MONTH.format(m));
		model.addAttribute("back", "/reviews/" + p.getCode() + "/" + m);
		return "plan/completion";
	}

}
