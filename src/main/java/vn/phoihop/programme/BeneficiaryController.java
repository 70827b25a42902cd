package vn.phoihop.programme;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
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

import vn.phoihop.audit.AuditService;
import vn.phoihop.household.AccessRecords;
import vn.phoihop.household.Household;
import vn.phoihop.household.HouseholdAccess;
import vn.phoihop.household.HouseholdMember;
import vn.phoihop.household.HouseholdPeople;
import vn.phoihop.household.HouseholdService;
import vn.phoihop.household.SupportKind;
import vn.phoihop.programme.ProgrammeForms.BeneficiaryForm;
import vn.phoihop.programme.ProgrammeForms.LeaveForm;
import vn.phoihop.programme.ProgrammeForms.SupportForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/**
 * A programme's beneficiaries: choosing one (a household or a person of it, found by name in the user's own
 * communes), a beneficiary's page with the support given and its forms (support, leaving).
 */
@Controller
@RequestMapping("/programmes/{id}/beneficiaries")
class BeneficiaryController {

	private static final int CANDIDATES = 20;

	private final ProgrammeCommands commands;

	private final ProgrammeAccess access;

	private final ProgrammeChoices choices;

	private final HouseholdPeople people;

	private final HouseholdService households;

	private final SupportRepository supports;

	private final AccessRecords accessRecords;

	private final AuditService audit;

	BeneficiaryController(ProgrammeCommands commands, ProgrammeAccess access, ProgrammeChoices choices,
			HouseholdPeople people, HouseholdService households, SupportRepository supports,
			AccessRecords accessRecords, AuditService audit) {
		this.commands = commands;
		this.access = access;
		this.choices = choices;
		this.people = people;
		this.households = households;
		this.supports = supports;
		this.accessRecords = accessRecords;
		this.audit = audit;
	}

	private Programme recording(CurrentUser user, Long id) {
		Programme p = commands.programme(user, id);
		if (!access.mayRecord(user, p)) {
			throw new AccessDeniedException("programme");
		}
		return p;
	}

	@GetMapping("/new")
	String choose(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long villageId, Model model) {
		Programme p = recording(user, id);
		BeneficiaryForm form = new BeneficiaryForm();
		form.setJoinedOn(p.runsOn(ProgrammeCommands.today()) ? ProgrammeCommands.today() : p.getStartsOn());
		return picker(user, p, form, q, villageId, model);
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") BeneficiaryForm form, BindingResult result,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long villageId, Model model,
			RedirectAttributes flash) {
		Programme p = recording(user, id);
		Long[] added = new Long[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> added[0] = commands.addBeneficiary(user, id, form))) {
			return picker(user, p, form, q, villageId, model);
		}
		flash.addFlashAttribute("success", "programme.beneficiary.added");
		return "redirect:/programmes/" + id + "/beneficiaries/" + added[0];
	}

	private String picker(CurrentUser user, Programme p, BeneficiaryForm form, String q, Long villageId, Model model) {
		List<Household> found = people.find(user, q, villageId, CANDIDATES);
		model.addAttribute("programme", p);
		model.addAttribute("form", form);
		model.addAttribute("q", q);
		model.addAttribute("villageId", villageId);
		model.addAttribute("villages", households.villages(user));
		model.addAttribute("villageNames", households.villageMap(user));
		model.addAttribute("candidates", found);
		model.addAttribute("searched", (q != null && !q.isBlank()) || villageId != null);
		model.addAttribute("more", found.size() == CANDIDATES);
		model.addAttribute("canSeeDetails", HouseholdAccess.canSeeMemberDetails(user));
		return "programme/beneficiary-new";
	}

	@GetMapping("/{beneficiaryId}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long beneficiaryId,
			Locale locale, Model model) {
		return page(user, id, beneficiaryId, locale, model);
	}

	@PostMapping("/{beneficiaryId}/supports")
	String support(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long beneficiaryId,
			@Valid @ModelAttribute("supportForm") SupportForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes flash) {
		Beneficiary b = commands.beneficiary(user, id, beneficiaryId); // 404 outside the scope, before anything else
		if (!access.mayRecordFor(user, b)) {
			throw new AccessDeniedException("beneficiary");
		}
		if (result.hasErrors()
				|| !FormErrors.trySave(result, () -> commands.recordSupport(user, id, beneficiaryId, form))) {
			return page(user, id, beneficiaryId, locale, model);
		}
		flash.addFlashAttribute("success", "programme.support.saved");
		return "redirect:/programmes/" + id + "/beneficiaries/" + beneficiaryId + "#supports";
	}

	@PostMapping("/{beneficiaryId}/supports/{supportId}/delete")
	String removeSupport(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long beneficiaryId, @PathVariable Long supportId, RedirectAttributes flash) {
		commands.removeSupport(user, id, beneficiaryId, supportId);
		flash.addFlashAttribute("success", "programme.support.removed");
		return "redirect:/programmes/" + id + "/beneficiaries/" + beneficiaryId + "#supports";
	}

	@PostMapping("/{beneficiaryId}/leave")
	String leave(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long beneficiaryId,
			@Valid @ModelAttribute("leaveForm") LeaveForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes flash) {
		Beneficiary b = commands.beneficiary(user, id, beneficiaryId);
		if (!access.mayRecordFor(user, b)) {
			throw new AccessDeniedException("beneficiary");
		}
		if (result.hasErrors() || !FormErrors.trySave(result, () -> commands.leave(user, id, beneficiaryId, form))) {
			return page(user, id, beneficiaryId, locale, model);
		}
		flash.addFlashAttribute("success", "programme.leave.saved");
		return "redirect:/programmes/" + id + "/beneficiaries/" + beneficiaryId;
	}

	/**
	 * The beneficiary's page: who (the person with their household, or the household), since when, the support given;
	 * the forms for who records. Its opening is in the access log as a view of the household's personal data.
	 */
	private String page(CurrentUser user, Long id, Long beneficiaryId, Locale locale, Model model) {
		Beneficiary b = commands.beneficiary(user, id, beneficiaryId);
		Programme p = b.getProgramme();
		Household h = households.get(user, b.getHouseholdId());
		HouseholdMember member = b.getMemberId() == null ? null
				: h.getMemberList().stream().filter(m -> m.getId().equals(b.getMemberId())).findFirst().orElse(null);
		boolean details = HouseholdAccess.canSeeMemberDetails(user);
		accessRecords.shown(user, h, details && member != null,
				"/programmes/" + id + "/beneficiaries/" + beneficiaryId);
		List<Support> given = supports.findByBeneficiary(b.getId());
		model.addAttribute("programme", p);
		model.addAttribute("kind", choices.kindLabels(locale).get(p.getKindId()));
		model.addAttribute("beneficiary", b);
		model.addAttribute("household", h);
		model.addAttribute("member", member);
		model.addAttribute("village", households.villageMap(user).get(h.getVillageId()));
		model.addAttribute("commune", households.communeNames(user).get(h.getCommuneId()));
		model.addAttribute("supports", given);
		model.addAttribute("supportTotal", given.stream().mapToLong(Support::getValueDong).sum());
		model.addAttribute("supportKinds", SupportKind.values());
		model.addAttribute("canSeeDetails", details);
		boolean mayRecord = access.mayRecordFor(user, b);
		model.addAttribute("mayRecord", mayRecord);
		if (!model.containsAttribute("supportForm")) {
			SupportForm f = new SupportForm();
			f.setGivenOn(ProgrammeCommands.today());
			model.addAttribute("supportForm", f);
		}
		if (!model.containsAttribute("leaveForm")) {
			LeaveForm f = new LeaveForm();
			f.setLeftOn(ProgrammeCommands.today());
			f.setVersion(b.getVersion());
			model.addAttribute("leaveForm", f);
		}
		model.addAttribute("history", audit.history(b.auditType(), b.getId()));
		return "programme/beneficiary";
	}

}
