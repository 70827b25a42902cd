package vn.phoihop.privacy.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import vn.phoihop.household.Household;
import vn.phoihop.household.HouseholdFilter;
import vn.phoihop.household.HouseholdService;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Village;

/** The requests of the people concerned: the list, recording one, a request's page and its "see my data" PDF. */
@Controller
@RequestMapping("/privacy/requests")
class RequestController {

	/** The households offered on the form for a name typed. */
	static final int CHOICES = 20;

	private final PersonalDataRequests requests;

	private final HouseholdService households;

	private final SubjectDataReport report;

	RequestController(PersonalDataRequests requests, HouseholdService households, SubjectDataReport report) {
		this.requests = requests;
		this.households = households;
		this.report = report;
	}

	/** A household as the form offers it: the head's name and the village. */
	public record Choice(long id, String label) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") RequestFilter filter,
			@RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Page<PersonalDataRequest> result = requests.list(user, filter, page);
		model.addAttribute("rows", result.getContent());
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("canHandle", RequestAccess.canHandle(user));
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("statuses", RequestStatus.values());
		return htmx != null ? "privacy/requests/list :: results" : "privacy/requests/list";
	}

	@GetMapping("/new")
	String newRequest(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long household,
			@RequestParam(required = false) String q, Model model) {
		RequestAccess.requireHandle(user);
		RequestForm form = new RequestForm();
		form.setHouseholdId(household);
		form.setReceivedOn(LocalDate.now());
		return form(user, form, q, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") RequestForm form,
			BindingResult result, @RequestParam(required = false) String q, Model model, RedirectAttributes flash) {
		RequestAccess.requireHandle(user);
		PersonalDataRequest[] saved = new PersonalDataRequest[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> saved[0] = requests.create(user, form))) {
			return form(user, form, q, model);
		}
		flash.addFlashAttribute("success", "privacy.request.saved");
		return "redirect:/privacy/requests/" + saved[0].getId();
	}

	private String form(CurrentUser user, RequestForm form, String q, Model model) {
		Map<Long, Village> villages = households.villageMap(user);
		List<Choice> choices = new ArrayList<>();
		Household chosen = requests.household(user, form.getHouseholdId());
		if (chosen != null) {
			choices.add(choice(chosen, villages));
		}
		if (q != null && !q.isBlank()) {
			HouseholdFilter filter = new HouseholdFilter();
			filter.setQ(q);
			households.search(user, filter, 1).getContent().stream()
				.filter(h -> chosen == null || !h.getId().equals(chosen.getId()))
				.limit(CHOICES)
				.forEach(h -> choices.add(choice(h, villages)));
		}
		model.addAttribute("form", form);
		model.addAttribute("q", q);
		model.addAttribute("choices", choices);
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("deadlines", requests.deadlines());
		return "privacy/requests/form";
	}

	private static Choice choice(Household h, Map<Long, Village> villages) {
		Village v = villages.get(h.getVillageId());
		return new Choice(h.getId(), h.getHeadName() + (v == null ? "" : " — " + v.getName()));
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		PersonalDataRequest r = requests.get(user, id);
		if (!model.containsAttribute("action")) {
			RequestActionForm action = new RequestActionForm();
			action.setVersion(r.getVersion());
			action.setAnsweredOn(LocalDate.now());
			model.addAttribute("action", action);
		}
		return detailPage(user, r, model);
	}

	/** The request's page (also re-rendered by a refused move, with what was typed). */
	String detailPage(CurrentUser user, PersonalDataRequest r, Model model) {
		model.addAttribute("request", r);
		model.addAttribute("household", requests.household(user, r.getHouseholdId()));
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("canHandle", RequestAccess.canHandle(user));
		model.addAttribute("maxExtension", requests.deadlines().maxExtensionDays());
		return "privacy/requests/detail";
	}

	/** "See my data": the household's data as a PDF, opened in the browser (and saved from it). */
	@GetMapping("/{id}/data.pdf")
	ResponseEntity<byte[]> data(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
		PersonalDataRequest r = requests.get(user, id);
		byte[] body = report.pdf(user, r, locale);
		requests.recordDataExport(user, r);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("du-lieu-ho-" + r.getHouseholdId() + ".pdf").build().toString())
			.body(body);
	}

}
