package vn.phoihop.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
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
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.StaleEditException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.territory.TerritoryService;

/** A plan's items: the form (new, edit), an item's page with its linked activities, how it went, removing it. */
@Controller
@RequestMapping("/plans/{planId}/items")
class PlannedItemController {

	private final PlanReader reader;

	private final PlanCommands commands;

	private final PlanAccess access;

	private final TerritoryService territory;

	private final UserNames userNames;

	private final AuditService audit;

	PlannedItemController(PlanReader reader, PlanCommands commands, PlanAccess access, TerritoryService territory,
			UserNames userNames, AuditService audit) {
		this.reader = reader;
		this.commands = commands;
		this.access = access;
		this.territory = territory;
		this.userNames = userNames;
		this.audit = audit;
	}

	@GetMapping("/new")
	String newItem(@AuthenticationPrincipal CurrentUser user, @PathVariable Long planId,
			@RequestParam(required = false) Integer month, Model model, RedirectAttributes flash) {
		CoordinationPlan plan = reader.plan(user, planId);
		Agreement a = reader.agreement(plan);
		List<Long> communes = access.itemCommunes(user, plan, a.getCommuneIds());
		if (communes.isEmpty()) {
			throw new AccessDeniedException("plan items");
		}
		if (!plan.isDraft()) {
			flash.addFlashAttribute("error", "plan.approved.locked");
			return "redirect:/plans/" + planId;
		}
		PlanForms.Item form = new PlanForms.Item();
		form.setMonth(month != null && month >= 1 && month <= 12 ? month : null);
		form.setCommuneId(communes.size() == 1 ? communes.get(0) : null);
		form.setLedBy(PlanAccess.communeOnly(user) ? Lead.COMMUNE : Lead.POST);
		return form(user, plan, a, form, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable Long planId,
			@Valid @ModelAttribute("form") PlanForms.Item form, BindingResult result, Model model,
			RedirectAttributes flash) {
		CoordinationPlan plan = reader.plan(user, planId);
		Agreement a = reader.agreement(plan);
		if (access.itemCommunes(user, plan, a.getCommuneIds()).isEmpty()) {
			throw new AccessDeniedException("plan items");
		}
		form.setId(null);
		Long[] id = new Long[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> id[0] = commands.addItem(user, planId, form))) {
			return form(user, plan, a, form, model);
		}
		flash.addFlashAttribute("success", "plan.item.saved");
		return "redirect:/plans/" + planId + "#month-" + form.getMonth();
	}

	@GetMapping("/{itemId}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long planId, @PathVariable Long itemId,
			Model model) {
		PlanReader.ItemView view = reader.item(user, planId, itemId);
		PlannedItem item = view.item();
		model.addAttribute("view", view);
		model.addAttribute("item", item);
		model.addAttribute("plan", item.getPlan());
		model.addAttribute("communeNames", territory.communeLabels());
		model.addAttribute("statusBy", item.getStatusBy() == null ? null
				: userNames.fullNames(List.of(item.getStatusBy())).get(item.getStatusBy()));
		boolean record = view.mayChange() && item.getPlan().isApproved()
				&& !YearMonth.now().isBefore(item.yearMonth());
		model.addAttribute("mayRecord", record);
		if (record && !model.containsAttribute("statusForm")) {
			PlanForms.Status f = new PlanForms.Status();
			f.setVersion(item.getVersion());
			f.setStatus(item.getStatus());
			f.setReason(item.getStatusReason());
			model.addAttribute("statusForm", f);
		}
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("history", audit.history(item.auditType(), itemId));
		return "plan/item";
	}

	@GetMapping("/{itemId}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long planId, @PathVariable Long itemId,
			Model model, RedirectAttributes flash) {
		PlannedItem item = changeable(user, planId, itemId);
		if (!item.getPlan().isDraft()) {
			flash.addFlashAttribute("error", "plan.approved.locked");
			return "redirect:/plans/" + planId + "/items/" + itemId;
		}
		return form(user, item.getPlan(), reader.agreement(item.getPlan()), PlanForms.Item.from(item), model);
	}

	@PostMapping("/{itemId}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long planId, @PathVariable Long itemId,
			@Valid @ModelAttribute("form") PlanForms.Item form, BindingResult result, Model model,
			RedirectAttributes flash) {
		PlannedItem item = changeable(user, planId, itemId);
		form.setId(itemId);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> commands.updateItem(user, planId, itemId, form))) {
			return form(user, item.getPlan(), reader.agreement(item.getPlan()), form, model);
		}
		flash.addFlashAttribute("success", "plan.item.saved");
		return "redirect:/plans/" + planId + "/items/" + itemId;
	}

	@PostMapping("/{itemId}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long planId, @PathVariable Long itemId,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		changeable(user, planId, itemId);
		try {
			commands.deleteItem(user, planId, itemId, version);
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/plans/" + planId + "/items/" + itemId;
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			flash.addFlashAttribute("error", "edit.stale");
			return "redirect:/plans/" + planId + "/items/" + itemId;
		}
		flash.addFlashAttribute("success", "plan.item.deleted");
		return "redirect:/plans/" + planId;
	}

	@PostMapping("/{itemId}/status")
	String status(@AuthenticationPrincipal CurrentUser user, @PathVariable Long planId, @PathVariable Long itemId,
			@Valid @ModelAttribute("statusForm") PlanForms.Status form, BindingResult result, Model model,
			RedirectAttributes flash) {
		changeable(user, planId, itemId);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> commands.record(user, planId, itemId, form))) {
			model.addAttribute("statusForm", form);
			return detail(user, planId, itemId, model);
		}
		flash.addFlashAttribute("success", "plan.item.statusSaved");
		return "redirect:/plans/" + planId + "/items/" + itemId;
	}

	/** The item when the user sees it (else 404) and may change it (else 403). */
	private PlannedItem changeable(CurrentUser user, Long planId, Long itemId) {
		PlannedItem item = reader.seen(user, planId, itemId);
		if (!access.mayChange(user, item)) {
			throw new AccessDeniedException("plan item");
		}
		return item;
	}

	private String form(CurrentUser user, CoordinationPlan plan, Agreement a, PlanForms.Item form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("agreementLabel", a.getLabel());
		Map<Long, String> labels = territory.communeLabels();
		List<Long> ids = new ArrayList<>(access.itemCommunes(user, plan, a.getCommuneIds()));
		if (form.getCommuneId() != null && !ids.contains(form.getCommuneId()) && form.getId() != null) {
			ids.add(form.getCommuneId()); // an item keeps its commune on edit
		}
		model.addAttribute("communes", ids.stream().filter(Objects::nonNull)
			.map(id -> new Option(id, labels.getOrDefault(id, String.valueOf(id)))).toList());
		model.addAttribute("contentAreas", a.getContentAreas().isEmpty() ? ContentArea.offered(form.getContentArea() == null ? List.of() : List.of(form.getContentArea()))
				: List.copyOf(a.getContentAreas()));
		model.addAttribute("leads", PlanAccess.communeOnly(user) ? List.of(Lead.COMMUNE) : List.of(Lead.values()));
		model.addAttribute("months", IntStream.rangeClosed(1, 12).boxed().toList());
		return "plan/item-form";
	}

	/** A commune offered by the form. */
	record Option(Long id, String label) {
	}

}
