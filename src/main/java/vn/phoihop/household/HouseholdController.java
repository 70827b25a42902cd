package vn.phoihop.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.StaleEditException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.ListPrint;
import vn.phoihop.shared.web.Options;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Village;

/** Households: list with search and filters, form, detail, archive (the exports: HouseholdExportController). */
@Controller
@RequestMapping("/households")
class HouseholdController {

	private final HouseholdService households;

	private final EthnicGroups ethnicGroups;

	private final MessageSource messages;

	private final AccessRecords accessRecords;

	HouseholdController(HouseholdService households, EthnicGroups ethnicGroups, MessageSource messages,
			AccessRecords accessRecords) {
		this.accessRecords = accessRecords;
		this.households = households;
		this.ethnicGroups = ethnicGroups;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") HouseholdFilter filter,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "false") boolean print,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		boolean sensitive = filter.isSensitive() && HouseholdAccess.canSeeSensitive(user);
		filter.setSensitive(sensitive);
		HouseholdService.Listing listing = households.list(user, filter,
				ListPrint.rows(print, page, filter.toSort()));
		HouseholdTotals totals = listing.totals();
		Page<Household> result = listing.page();
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("totals", totals);
		var villages = households.villageMap(user);
		var cadres = households.cadreMap(user);
		Labels labels = new Labels(messages, locale);
		model.addAttribute("rows", rows(result.getContent(), villages, cadres, labels, locale, sensitive));
		if (sensitive) {
			accessRecords.listed(user, result.getContent(), filter.query("/households") + (print ? "&print=1" : ""));
		}
		model.addAttribute("canManage", HouseholdAccess.canManage(user));
		model.addAttribute("canSeeSensitive", HouseholdAccess.canSeeSensitive(user));
		model.addAttribute("canExportUnmasked", HouseholdAccess.canExportUnmasked(user));
		model.addAttribute("printLink", ListPrint.link(filter.query("/households")));
		if (htmx != null) {
			return "household/list :: results";
		}
		if (print) {
			model.addAttribute("print", printHeading(user, filter, villages, cadres, labels, locale)
				.heading("household.list.title", totals.households(), result.getNumberOfElements(),
						filter.query("/households")));
			return "household/list";
		}
		// the filter's choices as prepared <option>s (shared.web.Options): 119 choices for a post
		model.addAttribute("communeOptions", Options.html(households.communeNames(user).entrySet(), Map.Entry::getKey,
				Map.Entry::getValue, filter.getCommuneId()));
		model.addAttribute("villageOptions",
				Options.html(villages.values(), Village::getId, Village::getName, filter.getVillageId()));
		model.addAttribute("statusOptions", Options.html(List.of(PovertyStatus.values()), s -> s,
				s -> labels.get(s.messageKey()), filter.getStatus()));
		model.addAttribute("ethnicityOptions", !HouseholdAccess.canSeeSensitive(user) ? null : Options.html(ethnicGroups.all(), EthnicGroups.EthnicGroup::code,
				g -> g.name(locale), filter.getEthnicity()));
		model.addAttribute("cadreOptions", Options.html(cadres.values(), Cadre::getId, Cadre::getLabel,
				filter.getCadreId()));
		return "household/list";
	}

	/** The printed list's filter, as the form names it (shared.web.ListPrint). */
	private ListPrint.Criteria printHeading(CurrentUser user, HouseholdFilter f, Map<Long, Village> villages,
			Map<Long, Cadre> cadres, Labels labels, Locale locale) {
		Village village = f.getVillageId() == null ? null : villages.get(f.getVillageId());
		Cadre cadre = f.getCadreId() == null ? null : cadres.get(f.getCadreId());
		return new ListPrint.Criteria().add("household.search.label", f.blankQ())
			.add("household.commune", f.getCommuneId() == null ? null
					: households.communeNames(user).get(f.getCommuneId()))
			.add("household.village", village == null ? null : village.getName())
			.add("household.povertyStatus", f.getStatus() == null ? null : labels.get(f.getStatus().messageKey()))
			.add("household.ethnicity", f.blankEthnicity() == null ? null : ethnicGroups.name(f.getEthnicity(), locale))
			.add("household.cadre", cadre == null ? null : cadre.getLabel())
			.add("household.archivedOnly", f.isArchived() ? labels.get("print.yes") : null)
			.add("household.sort", f.getSort() == null || "name".equals(f.getSort()) ? null
					: labels.get("household.sort." + f.getSort()));
	}

	/**
	 * A row of the list with its cells as text (one plain expression per cell in the template); the ethnicity is null
	 * when masked.
	 */
	public record Row(long id, String headName, String village, int members, String ethnicity, String status,
			String cadre) {
	}

	/** The page's rows, labels looked up once per request (see the activity log's rows, docs/performance.md). */
	private List<Row> rows(List<Household> page, Map<Long, Village> villages, Map<Long, Cadre> cadres, Labels labels,
			Locale locale, boolean sensitive) {
		List<Row> rows = new ArrayList<>(page.size());
		for (Household h : page) {
			Village village = villages.get(h.getVillageId());
			Cadre cadre = h.getCadreId() == null ? null : cadres.get(h.getCadreId());
			rows.add(new Row(h.getId(), h.getHeadName(), village == null ? "" : village.getName(), h.getMembers(),
					sensitive ? ethnicGroups.name(h.getEthnicity(), locale) : null, labels.get(h.getPovertyStatus().messageKey()),
					cadre == null ? "" : cadre.getLabel()));
		}
		return rows;
	}

	@GetMapping("/new")
	String newHousehold(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long villageId,
			Model model) {
		HouseholdAccess.requireManage(user);
		HouseholdForm form = new HouseholdForm();
		form.setVillageId(villageId);
		form.setPovertyStatus(PovertyStatus.NOT_POOR);
		form.setMembers(1);
		return form(user, form, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") HouseholdForm form,
			BindingResult result, @RequestParam(required = false) String addMember,
			@RequestParam(required = false) Integer removeMember, Model model, RedirectAttributes flash) {
		HouseholdAccess.requireManage(user);
		form.setId(null);
		if (addMember != null || removeMember != null) {
			return memberRows(user, form, addMember, removeMember, model);
		}
		form.checkLegalBasis(result, LocalDate.now(HouseholdService.ZONE));
		form.checkMembers(result, HouseholdService.currentYear());
		Household[] saved = new Household[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> saved[0] = households.create(user, form))) {
			return form(user, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/households/" + saved[0].getId();
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Household h = accessRecords.open(user, id);
		model.addAttribute("household", h);
		model.addAttribute("showSensitive", HouseholdAccess.canSeeSensitive(user));
		model.addAttribute("showMemberDetails", HouseholdAccess.canSeeMemberDetails(user));
		model.addAttribute("showPhone", HouseholdAccess.canSeePhone(user));
		model.addAttribute("canExportUnmasked", HouseholdAccess.canExportUnmasked(user));
		model.addAttribute("canSeeAccessHistory", HouseholdAccess.canSeeAccessHistory(user));
		model.addAttribute("villages", households.villageMap(user));
		model.addAttribute("communes", households.communeNames(user));
		model.addAttribute("cadres", households.cadreMap(user));
		model.addAttribute("canManage", HouseholdAccess.canManage(user));
		return "household/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		HouseholdAccess.requireManage(user);
		return form(user, HouseholdForm.from(households.get(user, id)), model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") HouseholdForm form, BindingResult result,
			@RequestParam(required = false) String addMember, @RequestParam(required = false) Integer removeMember,
			Model model, RedirectAttributes flash) {
		HouseholdAccess.requireManage(user);
		households.get(user, id); // 404 outside the scope, before anything else
		form.setId(id);
		if (addMember != null || removeMember != null) {
			return memberRows(user, form, addMember, removeMember, model);
		}
		form.checkLegalBasis(result, LocalDate.now(HouseholdService.ZONE));
		form.checkMembers(result, HouseholdService.currentYear());
		if (result.hasErrors() || !FormErrors.trySave(result, () -> households.update(user, id, form))) {
			return form(user, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/households/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		try {
			households.archive(user, id, version);
			flash.addFlashAttribute("success", "household.archived");
		}
		catch (StaleEditException
				| ObjectOptimisticLockingFailureException ex) {
			flash.addFlashAttribute("error", "edit.stale");
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/households/" + id;
	}

	/**
	 * The form's "add a member" and a row's "remove" pressed without JavaScript: the same form again with a row more
	 * or less, everything typed kept, nothing saved and no error shown yet.
	 */
	private String memberRows(CurrentUser user, HouseholdForm form, String addMember, Integer removeMember,
			Model model) {
		if (removeMember != null) {
			form.removeMemberRow(removeMember);
		}
		else if (addMember != null) {
			form.addMemberRow();
		}
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		return form(user, form, model);
	}

	private String form(CurrentUser user, HouseholdForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("villages", households.villages(user));
		model.addAttribute("cadres", households.cadres(user));
		model.addAttribute("ethnicGroups", ethnicGroups.all());
		model.addAttribute("statuses", PovertyStatus.values());
		model.addAttribute("legalBases", LegalBasis.values());
		model.addAttribute("consentManners", ConsentManner.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("relations", Relation.values());
		model.addAttribute("schoolLevels", SchoolLevel.values());
		return "household/form";
	}

}
