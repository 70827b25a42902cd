package vn.phoihop.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.account.UserNames;
import vn.phoihop.agreement.Agreement;
import vn.phoihop.agreement.AgreementService;
import vn.phoihop.agreement.AgreementStatus;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.StaleEditException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.TerritoryService;

/** The plans ({@code /plans}): the list, a new plan, a plan's page with its months, approving and returning to draft. */
@Controller
@RequestMapping("/plans")
class PlanController {

	private final PlanReader reader;

	private final PlanCommands commands;

	private final PlanAccess access;

	private final AgreementService agreements;

	private final TerritoryService territory;

	private final UserNames userNames;

	private final AuditService audit;

	PlanController(PlanReader reader, PlanCommands commands, PlanAccess access, AgreementService agreements,
			TerritoryService territory, UserNames userNames, AuditService audit) {
		this.reader = reader;
		this.commands = commands;
		this.access = access;
		this.agreements = agreements;
		this.territory = territory;
		this.userNames = userNames;
		this.audit = audit;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year,
			@RequestParam(defaultValue = "1") int page, Model model) {
		int thisYear = LocalDate.now().getYear();
		// a year of the list's own select; anything else typed into the URL is every year, not an error
		int y = year != null && year.matches("\\d{4}") && Integer.parseInt(year) >= 2000
				&& Integer.parseInt(year) <= thisYear + 1 ? Integer.parseInt(year) : 0;
		Page<PlanReader.ListRow> rows = reader.page(user, y, page);
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("paging", Paging.of(rows));
		model.addAttribute("pageUrl", y == 0 ? "/plans" : "/plans?year=" + y);
		model.addAttribute("year", y);
		model.addAttribute("years", IntStream.rangeClosed(thisYear - 10, thisYear + 1).boxed()
			.sorted(Comparator.reverseOrder()).toList());
		model.addAttribute("postNames", territory.postNames());
		model.addAttribute("mayCreate", access.mayCreate(user));
		return "plan/list";
	}

	@GetMapping("/new")
	String newPlan(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!access.mayCreate(user)) {
			throw new AccessDeniedException("plans");
		}
		PlanForms.NewPlan form = new PlanForms.NewPlan();
		form.setYear(LocalDate.now().getYear());
		List<Agreement> offered = offered(user);
		if (offered.size() == 1) {
			form.setAgreementId(offered.get(0).getId());
		}
		return newForm(user, form, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PlanForms.NewPlan form,
			BindingResult result, Model model, RedirectAttributes flash) {
		if (!access.mayCreate(user)) {
			throw new AccessDeniedException("plans");
		}
		Long[] id = new Long[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> id[0] = commands.create(user, form))) {
			return newForm(user, form, model);
		}
		flash.addFlashAttribute("success", "plan.created");
		return "redirect:/plans/" + id[0];
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		PlanReader.PlanView view = reader.open(user, id);
		model.addAttribute("view", view);
		model.addAttribute("plan", view.plan());
		model.addAttribute("communeNames", territory.communeLabels());
		model.addAttribute("postName", territory.postNames().get(view.plan().getPostId()));
		model.addAttribute("approvedBy", view.plan().getApprovedBy() == null ? null
				: userNames.fullNames(List.of(view.plan().getApprovedBy())).get(view.plan().getApprovedBy()));
		model.addAttribute("thisMonth", YearMonth.now());
		if (!model.containsAttribute("reopenForm")) {
			PlanForms.Reopen reopen = new PlanForms.Reopen();
			reopen.setVersion(view.plan().getVersion());
			model.addAttribute("reopenForm", reopen);
		}
		model.addAttribute("history", audit.history(view.plan().auditType(), id));
		return "plan/detail";
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		try {
			commands.approve(user, id, version);
			flash.addFlashAttribute("success", "plan.approved");
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", ex.getMessageKey());
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			flash.addFlashAttribute("error", "edit.stale");
		}
		return "redirect:/plans/" + id;
	}

	@PostMapping("/{id}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("reopenForm") PlanForms.Reopen form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!access.mayApprove(user, reader.plan(user, id))) {
			throw new AccessDeniedException("plan approval");
		}
		if (result.hasErrors() || !FormErrors.trySave(result, () -> commands.reopen(user, id, form))) {
			return detail(user, id, model);
		}
		flash.addFlashAttribute("success", "plan.reopened");
		return "redirect:/plans/" + id;
	}

	private String newForm(CurrentUser user, PlanForms.NewPlan form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("agreements", offered(user));
		return "plan/new";
	}

	/** The agreements of the user's post a plan may be made for (not drafts), newest first. */
	private List<Agreement> offered(CurrentUser user) {
		List<Agreement> out = new ArrayList<>();
		for (Agreement a : agreements.list(user, null, 1).getContent()) {
			if (a.getPostId().equals(user.postId()) && a.getStatus() != AgreementStatus.DRAFT) {
				out.add(a);
			}
		}
		return out;
	}

}
