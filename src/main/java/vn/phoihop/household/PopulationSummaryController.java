package vn.phoihop.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Cells;
import vn.phoihop.shared.web.NumberText;

/** Totals per post, commune and village: aggregates only, so open to every role (the VIEWER's view). */
@Controller
class PopulationSummaryController {

	private final PopulationSummaryService summaries;

	private final NumberText num;

	PopulationSummaryController(PopulationSummaryService summaries, NumberText num) {
		this.summaries = summaries;
		this.num = num;
	}

	/** A row of the tables: its unit, and its cells after the unit's name, written at once ({@link Cells}). */
	record Line(PopulationTotals unit, String cells) {
	}

	@GetMapping("/households/summary")
	String summary(@AuthenticationPrincipal CurrentUser user, Model model) {
		var summary = summaries.summary(user);
		Map<Long, String> communeNames = summary.communes()
			.stream()
			.collect(Collectors.toMap(PopulationTotals::id, PopulationTotals::label));
		model.addAttribute("posts", lines(summary.posts(), null));
		model.addAttribute("communes", lines(summary.communes(), null));
		model.addAttribute("villages", lines(summary.villages(), communeNames));
		model.addAttribute("canReadHouseholds", HouseholdAccess.canReadPersonalData(user));
		return "household/summary";
	}

	/** The rows of one table; a village's start with the name of its commune. */
	private List<Line> lines(List<PopulationTotals> units, Map<Long, String> communeNames) {
		List<Line> lines = new ArrayList<>(units.size());
		for (PopulationTotals t : units) {
			Cells cells = new Cells();
			if (communeNames != null) {
				cells.td("text-start", communeNames.get(t.communeId()));
			}
			cells.td("households", num.i(t.households()))
				.td("persons", num.i(t.persons()))
				.td(num.i(t.poor()))
				.td(num.i(t.nearPoor()))
				.td(t.securityGroups())
				.td(num.i(t.securityMembers()))
				.td(t.markerGroups())
				.td(num.i(t.markerHouseholds()))
				.td(num.i(t.markerPersons()))
				.td(t.models())
				.td(num.i(t.modelHouseholds()));
			lines.add(new Line(t, cells.toString()));
		}
		return lines;
	}

}
