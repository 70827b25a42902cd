package vn.phoihop.household;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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

import vn.phoihop.shared.export.CsvWriter;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.Village;

/**
 * The households' CSV files (issue 22 §1–2): masked by default (ethnicity, local group and phone as the mask); an
 * unmasked file asks for its purpose first and holds what the user sees on the screen. Every file is audited and
 * recorded in the access log with the households it holds.
 */
@Controller
@RequestMapping("/households")
class HouseholdExportController {

	private final HouseholdService households;

	private final AccessRecords accessRecords;

	private final EthnicGroups ethnicGroups;

	private final MessageSource messages;

	HouseholdExportController(HouseholdService households, AccessRecords accessRecords, EthnicGroups ethnicGroups,
			MessageSource messages) {
		this.households = households;
		this.accessRecords = accessRecords;
		this.ethnicGroups = ethnicGroups;
		this.messages = messages;
	}

	/** The filtered list, masked, streamed a page of households at a time. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") HouseholdFilter filter,
			Locale locale, HttpServletResponse response) {
		HouseholdAccess.requireRead(user);
		writeList(user, filter, Shown.MASKED, null, locale, response);
	}

	/** One household, masked. */
	@GetMapping("/{id}/export")
	void exportOne(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale,
			HttpServletResponse response) {
		writeOne(user, households.get(user, id), Shown.MASKED, null, locale, response);
	}

	/** The purpose form of an unmasked export: of the list's filter, or of one household ({@code household}). */
	@GetMapping("/export/full")
	String fullForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") HouseholdFilter filter,
			@RequestParam(required = false) Long household, Model model) {
		HouseholdAccess.requireExportUnmasked(user);
		return purposePage(user, filter, household, new HouseholdExportForm(), model);
	}

	/** The unmasked file, once a purpose was given; without one, the form again with its message. */
	@PostMapping("/export/full")
	String full(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") HouseholdFilter filter,
			@RequestParam(required = false) Long household,
			@Valid @ModelAttribute("form") HouseholdExportForm form, BindingResult result, Locale locale,
			Model model, HttpServletResponse response) {
		HouseholdAccess.requireExportUnmasked(user);
		form.requirePurpose(result);
		if (result.hasErrors()) {
			return purposePage(user, filter, household, form, model);
		}
		Shown shown = HouseholdAccess.canSeeSensitive(user) ? Shown.ALL : Shown.PHONE;
		String purpose = form.getPurpose().strip();
		if (household != null) {
			writeOne(user, households.get(user, household), shown, purpose, locale, response);
		}
		else {
			writeList(user, filter, shown, purpose, locale, response);
		}
		return null;
	}

	private String purposePage(CurrentUser user, HouseholdFilter filter, Long household, HouseholdExportForm form,
			Model model) {
		Household one = household == null ? null : households.get(user, household); // 404 outside the scope
		model.addAttribute("form", form);
		model.addAttribute("household", one);
		model.addAttribute("action", one == null ? filter.query("/households/export/full")
				: "/households/export/full?household=" + one.getId());
		model.addAttribute("back", one == null ? filter.query("/households") : "/households/" + one.getId());
		model.addAttribute("withEthnicity", HouseholdAccess.canSeeSensitive(user));
		return "household/export";
	}

	/** What a file shows of the personal fields. */
	private enum Shown {
		MASKED, PHONE, ALL
	}

	private void writeList(CurrentUser user, HouseholdFilter filter, Shown shown, String purpose, Locale locale,
			HttpServletResponse response) {
		var villages = households.villageMap(user);
		var cadres = households.cadreMap(user);
		String mask = msg("household.masked", locale);
		CsvWriter out = CsvWriter.attachment(response, "ho-gia-dinh.csv");
		out.row(header(locale));
		Map<Long, List<Long>> byCommune = new LinkedHashMap<>();
		int page = 1;
		while (true) {
			Page<Household> chunk = households.search(user, filter, page);
			for (Household h : chunk) {
				out.row(row(h, villages, cadres, shown, mask, locale));
				byCommune.computeIfAbsent(h.getCommuneId(), c -> new ArrayList<>()).add(h.getId());
			}
			if (!chunk.hasNext()) {
				break;
			}
			page++;
		}
		out.flush();
		accessRecords.exported(user, byCommune, shown != Shown.MASKED, purpose,
				"households.csv " + filter.query("/households"), null);
	}

	private void writeOne(CurrentUser user, Household h, Shown shown, String purpose, Locale locale,
			HttpServletResponse response) {
		var villages = households.villageMap(user);
		var cadres = households.cadreMap(user);
		accessRecords.exported(user, AccessRecords.byCommune(List.of(h)), shown != Shown.MASKED, purpose,
				"household.csv", h.getId());
		CsvWriter out = CsvWriter.attachment(response, "ho-" + h.getId() + ".csv");
		out.row(header(locale));
		out.row(row(h, villages, cadres, shown, msg("household.masked", locale), locale));
		out.flush();
	}

	private List<String> header(Locale locale) {
		return List.of("id", msg("household.village", locale), msg("household.headName", locale),
				msg("household.members", locale), msg("household.ethnicity", locale),
				msg("household.localGroup", locale), msg("household.phone", locale),
				msg("household.povertyStatus", locale), msg("household.escapedPovertyYear", locale),
				msg("household.cadre", locale), msg("household.notes", locale),
				msg("household.legalBasis", locale));
	}

	private List<Object> row(Household h, Map<Long, Village> villages, Map<Long, Cadre> cadres, Shown shown,
			String mask, Locale locale) {
		Village v = villages.get(h.getVillageId());
		Cadre c = h.getCadreId() == null ? null : cadres.get(h.getCadreId());
		boolean ethnicity = shown == Shown.ALL;
		boolean phone = shown != Shown.MASKED;
		return Arrays.asList(h.getId(), v == null ? null : v.getName(), h.getHeadName(), h.getMembers(),
				ethnicity ? ethnicGroups.name(h.getEthnicity(), locale) : mask,
				ethnicity ? h.getLocalGroup() : h.getLocalGroup() == null ? null : mask,
				phone ? h.getPhone() : h.getPhone() == null ? null : mask,
				msg(h.getPovertyStatus().messageKey(), locale), h.getEscapedPovertyYear(),
				c == null ? null : c.getLabel(), h.getNotes(), msg(h.getLegalBasis().messageKey(), locale));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
