package vn.phoihop.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.Paging;

/** The audit log: the administrator's whole trail, a commander's post (AuditReader). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COMMANDER')")
class AuditController {

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		var result = audit.search(filter,
				PageRequest.of(Paging.index(page), Paging.SIZE, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
		model.addAttribute("events", result);
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("entityTypes", audit.entityTypes());
		model.addAttribute("actions", AuditActions.ALL);
		// a commander reads their post's records only (AuditReader): the page says so
		model.addAttribute("scoped", !CurrentUser.get().is(Role.ADMIN));
		return "audit/list";
	}

}
