package vn.phoihop.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.shared.web.Paging;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult typed,
			@RequestParam(defaultValue = "1") int page, Model model) {
		// a date that is no date is left out of the filter and shown back, with its message, next to its field
		var result = audit.search(filter,
				PageRequest.of(Paging.index(page), Paging.SIZE, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
		model.addAttribute("events", result);
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("entityTypes", audit.entityTypes());
		return "audit/list";
	}

}
