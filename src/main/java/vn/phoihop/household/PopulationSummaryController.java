package vn.phoihop.household;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.phoihop.shared.security.CurrentUser;

/** Totals per post, commune and village: aggregates only, so open to every role (the VIEWER's view). */
@Controller
class PopulationSummaryController {

	private final PopulationSummaryService summaries;

	PopulationSummaryController(PopulationSummaryService summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/households/summary")
	String summary(@AuthenticationPrincipal CurrentUser user, Model model) {
		var summary = summaries.summary(user);
		model.addAttribute("summary", summary);
		model.addAttribute("communeNames", summary.communes()
			.stream()
			.collect(java.util.stream.Collectors.toMap(PopulationTotals::id, PopulationTotals::label)));
		model.addAttribute("canReadHouseholds", HouseholdAccess.canReadPersonalData(user));
		return "household/summary";
	}

}
