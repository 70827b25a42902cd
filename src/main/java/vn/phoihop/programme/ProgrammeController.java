package vn.phoihop.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.audit.AuditService;
import vn.phoihop.household.HouseholdAccess;
import vn.phoihop.household.HouseholdService;
import vn.phoihop.programme.ProgrammeForms.ProgrammeForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.Options;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Scope;

/**
 * Programmes ({@code /programmes}): the list with its search and totals (for the provincial command the same list,
 * figures only, and no page of a programme), the form, and a programme's page with its beneficiaries.
 */
@Controller
@RequestMapping("/programmes")
class ProgrammeController {

	private final ProgrammeList list;

	private final BeneficiaryList beneficiaries;

	private final ProgrammeCommands commands;

	private final ProgrammeAccess access;

	private final ProgrammeChoices choices;

	private final ProgrammeTotals totals;

	private final HouseholdService households;

	private final AuditService audit;

	private final MessageSource messages;

	ProgrammeController(ProgrammeList list, BeneficiaryList beneficiaries, ProgrammeCommands commands,
			ProgrammeAccess access, ProgrammeChoices choices, ProgrammeTotals totals, HouseholdService households,
			AuditService audit, MessageSource messages) {
		this.list = list;
		this.beneficiaries = beneficiaries;
		this.commands = commands;
		this.access = access;
		this.choices = choices;
		this.totals = totals;
		this.households = households;
		this.audit = audit;
		this.messages = messages;
	}

	/** A programme of the list, its cells as text. */
	public record Row(long id, String name, String kind, String owner, String period, long persons, long households,
			long left, long supports, long value) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") ProgrammeFilter filter,
			BindingResult ignored, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		Map<Long, String> kinds = choices.kindLabels(locale);
		Page<ProgrammeList.Line> result = list.page(user, filter, page);
		List<Row> rows = new ArrayList<>();
		for (ProgrammeList.Line l : result.getContent()) {
			rows.add(new Row(l.id(), l.name(), kinds.getOrDefault(l.kindId(), ""), choices.owner(l.postId(),
					l.communeId()), period(l.startsOn(), l.endsOn(), locale), l.persons(), l.households(), l.left(),
					l.supports(), l.value()));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("totals", list.totals(user, filter));
		model.addAttribute("query", filter.query());
		model.addAttribute("readsNames", access.readsNames(user));
		model.addAttribute("mayCreate", access.mayCreate(user));
		model.addAttribute("figures", figures(user, filter));
		if (htmx != null) {
			return "programme/list :: results";
		}
		model.addAttribute("kindOptions", Options.html(kinds.keySet(), id -> id, kinds::get, filter.getKindId()));
		int thisYear = ProgrammeCommands.today().getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = thisYear; y >= 2017; y--) {
			years.add(y);
		}
		model.addAttribute("yearOptions", Options.html(years, y -> y, String::valueOf, filter.getYear()));
		return "programme/list";
	}

	/** The support's value by kind and year of the reader's communes: the filter's year, or every year since 2017. */
	private ProgrammeTotals.Figures figures(CurrentUser user, ProgrammeFilter f) {
		LocalDate from = f.getYear() == null ? LocalDate.of(2017, 1, 1) : LocalDate.of(f.getYear(), 1, 1);
		LocalDate to = f.getYear() == null ? ProgrammeCommands.today() : LocalDate.of(f.getYear(), 12, 31);
		Scope scope = access.scope(user);
		return scope.all() ? totals.ofAll(from, to) : totals.of(scope.communeIds(), from, to);
	}

	private String period(LocalDate from, LocalDate to, Locale locale) {
		return to == null ? messages.getMessage("programme.period.open", new Object[] { DateText.DAY.format(from) },
				locale) : DateText.DAY.format(from) + " – " + DateText.DAY.format(to);
	}

	@GetMapping("/new")
	String newProgramme(@AuthenticationPrincipal CurrentUser user, Model model) {
		access.requireCreate(user);
		ProgrammeForm form = new ProgrammeForm();
		form.setStartsOn(ProgrammeCommands.today().withDayOfYear(1));
		return form(user, null, form, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProgrammeForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		access.requireCreate(user);
		Long[] id = new Long[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> id[0] = commands.create(user, form))) {
			return form(user, null, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/programmes/" + id[0];
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Programme p = commands.programme(user, id);
		if (!access.mayEdit(user, p)) {
			throw new AccessDeniedException("programme");
		}
		return form(user, id, ProgrammeForm.from(p), model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		Programme p = commands.programme(user, id); // 404 outside the scope, before anything else
		if (!access.mayEdit(user, p)) {
			throw new AccessDeniedException("programme");
		}
		if (result.hasErrors() || !FormErrors.trySave(result, () -> commands.update(user, id, form))) {
			return form(user, id, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/programmes/" + id;
	}

	private String form(CurrentUser user, Long id, ProgrammeForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("programmeId", id);
		model.addAttribute("kinds", choices.choosable(form.getKindId()));
		model.addAttribute("owner", id != null ? null : user.is(Role.COMMANDER) ? choices.owner(user.postId(), null)
				: choices.owner(null, user.communeId()));
		return "programme/form";
	}

	/** A beneficiary of a programme's page, its cells as text. */
	public record BeneficiaryRow(long id, String name, String who, String household, String village, String commune,
			String joined, String left, long supports, long value) {
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@ModelAttribute("filter") BeneficiaryFilter filter, BindingResult ignored,
			@RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		Programme p = commands.programme(user, id);
		Scope scope = access.scope(user);
		Labels labels = new Labels(messages, locale);
		var villages = households.villageMap(user);
		var communes = households.communeNames(user);
		Page<BeneficiaryList.Line> result = beneficiaries.page(p.getId(), scope, filter, page);
		List<BeneficiaryRow> rows = new ArrayList<>();
		for (BeneficiaryList.Line l : result.getContent()) {
			var village = villages.get(l.villageId());
			rows.add(new BeneficiaryRow(l.id(), l.memberId() == null ? l.headName() : l.name(),
					l.memberId() == null ? labels.get("programme.beneficiary.household")
							: labels.get(l.relation().messageKey()),
					l.memberId() == null ? "" : l.headName(), village == null ? "" : village.getName(),
					communes.getOrDefault(l.communeId(), ""), DateText.DAY.format(l.joinedOn()),
					l.leftOn() == null ? "" : DateText.DAY.format(l.leftOn()), l.supports(), l.value()));
		}
		model.addAttribute("programme", p);
		model.addAttribute("rows", rows);
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("totals", beneficiaries.totals(p.getId(), scope, filter));
		model.addAttribute("query", filter.query());
		if (htmx != null) {
			return "programme/detail :: results";
		}
		model.addAttribute("kind", choices.kindLabels(locale).get(p.getKindId()));
		model.addAttribute("owner", choices.owner(p.getPostId(), p.getCommuneId()));
		model.addAttribute("period", period(p.getStartsOn(), p.getEndsOn(), locale));
		model.addAttribute("mayEdit", access.mayEdit(user, p));
		model.addAttribute("mayRecord", access.mayRecord(user, p));
		model.addAttribute("communeOptions", Options.html(communes.entrySet(), Map.Entry::getKey, Map.Entry::getValue,
				filter.getCommuneId()));
		model.addAttribute("statuses", BeneficiaryFilter.Status.values());
		model.addAttribute("history", audit.history(p.auditType(), p.getId()));
		model.addAttribute("canSeeDetails", HouseholdAccess.canSeeMemberDetails(user));
		return "programme/detail";
	}

}
