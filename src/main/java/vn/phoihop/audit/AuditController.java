package vn.phoihop.audit;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.shared.web.ListPrint;
import vn.phoihop.shared.web.Paging;

/** The audit log: the administrator's whole trail, a commander's post (AuditReader). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COMMANDER')")
class AuditController {

	private final AuditService audit;

	private final MessageSource messages;

	AuditController(AuditService audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult typed,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "false") boolean print,
			Locale locale, Model model) {
		// a date that is no date is left out of the filter and shown back, with its message, next to its field
		var result = audit.search(filter,
				ListPrint.rows(print, page, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
		model.addAttribute("events", result);
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("entityTypes", audit.entityTypes());
		String url = url(filter);
		model.addAttribute("pageUrl", url);
		model.addAttribute("printLink", ListPrint.link(url));
		if (print) {
			model.addAttribute("print", new ListPrint.Criteria().add("audit.entity", filter.getEntityType())
				.add("audit.action", filter.blankToNull(filter.getAction()) == null ? null
						: messages.getMessage("audit.action." + filter.getAction(), null, filter.getAction(), locale))
				.add("audit.who", filter.getUsername())
				.add("audit.entityId", filter.getEntityId())
				.add("common.from", filter.getFrom() == null ? null : DateText.DAY.format(filter.getFrom()))
				.add("common.to", filter.getTo() == null ? null : DateText.DAY.format(filter.getTo()))
				.heading("audit.title", result.getTotalElements(), result.getNumberOfElements(), url));
		}
		model.addAttribute("actions", AuditActions.ALL);
		// a commander reads their post's records only (AuditReader): the page says so
		model.addAttribute("scoped", !CurrentUser.get().is(Role.ADMIN));
		return "audit/list";
	}

	/** The list's address with its filter (the pager's, the printed list's and its "back" link). */
	private static String url(AuditFilter f) {
		return UriComponentsBuilder.fromPath("/audit")
			.queryParamIfPresent("entityType", Optional.ofNullable(f.blankToNull(f.getEntityType())))
			.queryParamIfPresent("action", Optional.ofNullable(f.blankToNull(f.getAction())))
			.queryParamIfPresent("username", Optional.ofNullable(f.blankToNull(f.getUsername())))
			.queryParamIfPresent("entityId", Optional.ofNullable(f.getEntityId()))
			.queryParamIfPresent("from", Optional.ofNullable(f.getFrom()))
			.queryParamIfPresent("to", Optional.ofNullable(f.getTo()))
			.encode().build().toUriString();
	}

}
