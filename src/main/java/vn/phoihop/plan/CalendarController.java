package vn.phoihop.plan;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;

/**
 * The work calendar ({@code /calendar?month=yyyy-MM&post=…&commune=…}): the planned items and the logged activities of
 * a month for a post or a commune, each linking to its page. A month that is not one (typed into the URL) is this
 * month; a unit outside the reader's scope is never offered nor taken ({@link CalendarUnits}).
 */
@Controller
class CalendarController {

	private final CalendarUnits units;

	private final CalendarMonth months;

	CalendarController(CalendarUnits units, CalendarMonth months) {
		this.units = units;
		this.months = months;
	}

	@GetMapping("/calendar")
	String month(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
			@RequestParam(required = false) String post, @RequestParam(required = false) Long commune, Model model) {
		YearMonth m = parse(month);
		CalendarUnits.Unit unit = units.resolve(user, post, commune, m);
		model.addAttribute("unit", unit);
		model.addAttribute("grid", months.of(user, unit, m));
		model.addAttribute("month", m);
		model.addAttribute("previous", link(m.minusMonths(1), unit));
		model.addAttribute("next", link(m.plusMonths(1), unit));
		model.addAttribute("thisMonth", link(YearMonth.now(), unit));
		model.addAttribute("weekdays", List.of(DayOfWeek.values()));
		return "plan/calendar";
	}

	static YearMonth parse(String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.now();
		}
		try {
			YearMonth m = DateText.parseMonth(month);
			return m.getYear() < 2000 || m.getYear() > 2100 ? YearMonth.now() : m;
		}
		catch (DateTimeParseException ex) {
			return YearMonth.now();
		}
	}

	private static String link(YearMonth m, CalendarUnits.Unit unit) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/calendar").queryParam("month", m.toString());
		if (unit.post() != null && unit.posts().size() > 1) {
			b.queryParam("post", unit.post().getCode());
		}
		if (unit.commune() != null && unit.postId() != null) {
			b.queryParam("commune", unit.commune().getId());
		}
		return b.build().encode().toUriString();
	}

}
