package vn.phoihop.privacy;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.household.HouseholdService;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.TerritoryService;

/**
 * The access log: the administrator's whole log, a commander's post (AccessLog cuts it); and a household's latest
 * accesses, the fragment its page asks for.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COMMANDER')")
class AccessLogController {

	/** How many of a household's accesses its page shows (the log has them all). */
	static final int HISTORY = 20;

	private final AccessLog log;

	private final HouseholdService households;

	private final TerritoryService territory;

	AccessLogController(AccessLog log, HouseholdService households, TerritoryService territory) {
		this.log = log;
		this.households = households;
		this.territory = territory;
	}

	@GetMapping("/privacy/access-log")
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") AccessLogFilter filter,
			BindingResult typed, @RequestParam(defaultValue = "1") int page, Model model) {
		// a date that is no date is left out of the filter and shown back, with its message, next to its field
		Page<AccessLogEntry> result = log.search(user, filter, PageRequest.of(Paging.index(page), Paging.SIZE));
		model.addAttribute("entries", result.getContent());
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("pageUrl", filter.url());
		model.addAttribute("kinds", AccessLog.KINDS);
		model.addAttribute("communes",
				territory.communeLabels(result.stream().map(AccessLogEntry::communeId).distinct().toList()));
		model.addAttribute("scoped", !user.is(Role.ADMIN));
		return "privacy/access-log";
	}

	/** A household's latest accesses: 404 outside the reader's scope, as the household's page. */
	@GetMapping("/privacy/access-log/household/{id}")
	String household(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		households.get(user, id);
		model.addAttribute("entries", log.history(user, id, HISTORY));
		model.addAttribute("householdId", id);
		model.addAttribute("limit", HISTORY);
		return "privacy/access-log :: history";
	}

}
