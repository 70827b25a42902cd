package vn.phoihop.activity;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.agreement.Agreement;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.NumberText;
import vn.phoihop.shared.web.Options;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

@Controller
@RequestMapping("/activities")
class ActivityController {

	private final ActivityService activities;

	private final TerritoryService territory;

	private final ScopeService scopes;

	private final MessageSource messages;

	private final NumberText num;

	ActivityController(ActivityService activities, TerritoryService territory, ScopeService scopes,
			MessageSource messages, NumberText num) {
		this.activities = activities;
		this.territory = territory;
		this.scopes = scopes;
		this.messages = messages;
		this.num = num;
	}

	// ---- the log

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") ActivityFilter filter,
			BindingResult ignored, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "totals", required = false) String totalsWanted,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		requireReader(user);
		// "totals=now": the placeholder's link, for a browser without JavaScript or whose request for the totals
		// failed (a weak connection): the page with its totals in one request, however long they take
		var totals = "now".equals(totalsWanted) ? Optional.of(activities.totals(user, filter))
				: activities.totalsNow(user, filter);
		List<ActivityService.Line> lines;
		if (totals.isPresent()) {
			var result = activities.lines(user, filter, page, totals.get().sessions());
			model.addAttribute("paging", Paging.of(result));
			model.addAttribute("totals", totals.get());
			lines = result.getContent();
		}
		else {
			// a search whose totals read many activities: its rows now, its totals, count and pager fetched by the
			// page right after (list.html, "pending"; totals() below)
			lines = activities.lines(user, filter, page);
			model.addAttribute("page", Math.max(1, page));
		}
		model.addAttribute("query", query(filter));
		var scope = scopes.scopeOf(user);
		List<Commune> communes = territory.communesIn(scope);
		List<Village> villages = territory.villagesIn(scope);
		model.addAttribute("mayLog", activities.mayLog(user));
		Map<Long, String> communeNames = names(model, communes, villages);
		Labels labels = new Labels(messages, locale);
		model.addAttribute("rows", rows(lines, communeNames, labels, locale));
		if (htmx != null) {
			return "activity/list :: results";
		}
		filterOptions(user, filter, communes, villages, labels, model);
		return "activity/list";
	}

	/**
	 * The totals, count and pager of a page shown without them ({@link ActivityService#totalsNow}): the page asks
	 * for them as soon as it is shown. Computed once and kept until the scope's activities change, so the next
	 * page of the same search has them at once.
	 */
	@GetMapping("/totals")
	String totals(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") ActivityFilter filter,
			BindingResult ignored, @RequestParam(defaultValue = "1") int page, Model model) {
		requireReader(user);
		var totals = activities.totals(user, filter);
		model.addAttribute("totals", totals);
		model.addAttribute("paging", Paging.of(new org.springframework.data.domain.PageImpl<>(List.of(),
				org.springframework.data.domain.PageRequest.of(Paging.index(page), Paging.SIZE), totals.sessions())));
		model.addAttribute("query", query(filter));
		return "activity/list :: late";
	}

	/** The filter's choices as prepared {@code <option>}s (shared.web.Options): half of the page's expressions. */
	private void filterOptions(CurrentUser user, ActivityFilter filter, List<Commune> communes, List<Village> villages,
			Labels labels, Model model) {
		model.addAttribute("communeOptions", Options.html(communes, Commune::getId, Commune::getLabel, filter.communeId));
		model.addAttribute("villageOptions", Options.html(villages, Village::getId, Village::getName, filter.villageId));
		model.addAttribute("typeOptions",
				Options.html(List.of(ActivityType.values()), t -> t, t -> labels.get(t.labelKey()), filter.type));
		model.addAttribute("contentAreaOptions", Options.html(List.of(ContentArea.values()), c -> c,
				c -> labels.get(c.labelKey()), filter.contentArea));
		model.addAttribute("loggerOptions", Options.html(activities.loggers(user), u -> u, u -> u, filter.loggedBy));
		model.addAttribute("statusOptions", Options.html(List.of(ActivityStatus.values()), s -> s,
				s -> labels.get(s.labelKey()), filter.status));
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** A row of the list with its cells as text (one plain expression per cell in the template). */
	public record Row(long id, String date, String type, String title, String summary, String commune, String figures,
			String status) {
	}

	/**
	 * The page's rows, labels looked up once per request: the template's per-row message lookups, date formatting
	 * and conditionals were a large part of the page's rendering time (docs/performance.md).
	 */
	private List<Row> rows(List<ActivityService.Line> lines, Map<Long, String> communeNames, Labels labels,
			Locale locale) {
		List<Row> rows = new java.util.ArrayList<>(lines.size());
		for (ActivityService.Line line : lines) {
			String type = labels.get(line.type().labelKey());
			String status = labels.get(line.status().labelKey());
			String commune = java.util.Objects.toString(communeNames.get(line.communeId()), "");
			StringBuilder figures = new StringBuilder();
			if (line.attendees() != null) {
				figures.append(messages.getMessage("activity.figures.attendees", new Object[] { num.i(line.attendees()) }, locale));
			}
			if (line.participants() != null) {
				figures.append(figures.isEmpty() ? "" : " ").append(messages.getMessage(
						"activity.figures.participants", new Object[] { num.i(line.participants()) }, locale));
			}
			rows.add(new Row(line.id(), DATE.format(line.date()), type,
					line.title() != null ? line.title() : labels.get("activity.untitled"),
					type + " · " + commune + " · " + status, commune, figures.toString(), status));
		}
		return rows;
	}

	@GetMapping("/export")
	void export(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") ActivityFilter filter,
			BindingResult ignored, Locale locale, HttpServletResponse response) throws Exception {
		requireReader(user);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("hoat-dong.csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		activities.writeCsv(user, filter, out, communeNames(), villageNames(), new Labels(messages, locale)::get);
		activities.recordCsvExport();
	}

	// ---- detail

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		requireReader(user);
		Activity a = activities.get(user, id);
		model.addAttribute("activity", a);
		model.addAttribute("attachments", activities.attachments(id));
		model.addAttribute("locked", activities.isLocked(a.getCommuneId(), a.month()));
		model.addAttribute("mayEdit", activities.mayLog(user));
		// the agreement was checked against the commune and the day when the activity was saved: its label only
		model.addAttribute("agreement", activities.agreementForLabel(a.getAgreementId()));
		scopedNames(user, model);
		return "activity/detail";
	}

	@PostMapping("/{id}/attachments")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
		try {
			activities.addAttachment(user, id, file);
			flash.addFlashAttribute("success", "activity.attachment.saved");
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/activities/" + id;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long attachmentId) {
		requireReader(user);
		ActivityService.Attachment a = activities.attachment(user, id, attachmentId);
		if (a == null) {
			throw new NotFoundException();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(a.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(a.data());
	}

	// ---- the form

	@GetMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) ActivityType type,
			Model model) {
		requireLogger(user);
		ActivityForm form = new ActivityForm();
		form.token = activities.newToken();
		form.type = type == null ? ActivityType.OUTREACH : type;
		form.activityDate = java.time.LocalDate.now();
		List<Commune> communes = activities.actableCommunes(user);
		if (communes.size() == 1) {
			form.communeId = communes.get(0).getId();
		}
		return form(user, form, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Activity a = activities.get(user, id);
		requireLogger(user);
		model.addAttribute("locked", activities.isLocked(a.getCommuneId(), a.month()));
		return form(user, ActivityForm.from(a), model);
	}

	/** The type-dependent part of the form, for htmx (the same fragment the full page includes). */
	@GetMapping("/form-fields")
	String formFields(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ActivityForm form,
			BindingResult result, Model model) {
		requireLogger(user);
		options(user, form, model);
		return "activity/form :: typeFields";
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult result, @RequestParam(defaultValue = "submit") String action, Model model,
			RedirectAttributes flash) {
		requireLogger(user);
		if ("update".equals(action)) {
			// the no-JavaScript round trip: show the fields of the chosen type, nothing saved
			result = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
			return form(user, form, model);
		}
		boolean submit = !"draft".equals(action);
		activities.validate(user, form, submit, result);
		if (result.hasErrors()) {
			return form(user, form, model);
		}
		Activity[] saved = new Activity[1];
		try {
			boolean ok = FormErrors.trySave(result, () -> saved[0] = form.id == null
					? activities.create(user, form, submit) : activities.update(user, form, submit));
			if (!ok) {
				return form(user, form, model);
			}
		}
		catch (DuplicateSubmitException ex) {
			flash.addFlashAttribute("success", "activity.duplicate");
			return ex.existingId() == null ? "redirect:/activities" : "redirect:/activities/" + ex.existingId();
		}
		flash.addFlashAttribute("success", submit ? "activity.submitted" : "activity.draftSaved");
		return "redirect:/activities/" + saved[0].getId();
	}

	/** The provincial command reads figures through reports and reviews, never the records themselves (DESIGN.md §6). */
	private void requireReader(CurrentUser user) {
		if (user == null || user.role() == vn.phoihop.shared.security.Role.VIEWER) {
			throw new AccessDeniedException("activity records");
		}
	}

	private void requireLogger(CurrentUser user) {
		if (!activities.mayLog(user)) {
			throw new AccessDeniedException("activity log");
		}
	}

	private String form(CurrentUser user, ActivityForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("communes", activities.actableCommunes(user));
		if (form.id != null && !model.containsAttribute("locked")) {
			model.addAttribute("locked", false);
		}
		options(user, form, model);
		return "activity/form";
	}

	private void options(CurrentUser user, ActivityForm form, Model model) {
		List<Commune> actable = activities.actableCommunes(user);
		Long communeId = form.communeId;
		boolean allowed = communeId != null && actable.stream().anyMatch(c -> c.getId().equals(form.communeId));
		if (communeId != null && !allowed && form.id == null) {
			communeId = null; // never offer another commune's villages or agreements
		}
		if (form.id != null && communeId != null) {
			Activity existing = activities.get(user, form.id);
			if (!existing.getCommuneId().equals(communeId) && !allowed) {
				communeId = null;
			}
		}
		List<Village> villages = activities.villagesFor(communeId);
		List<Agreement> agreements = activities.agreementsFor(communeId, form.activityDate);
		model.addAttribute("villageOptions", villages);
		model.addAttribute("agreementOptions", agreements);
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("contentAreas", ContentArea.values());
	}

	private void names(Model model) {
		model.addAttribute("communeNames", communeNames());
		model.addAttribute("villageNames", villageNames());
	}

	/**
	 * Names of the communes and villages in the user's scope: every row shown is in scope, and at national scale
	 * the unscoped lists are 1,500 communes and 15,000 villages per request (docs/performance.md). Returns the
	 * communes' names.
	 */
	private Map<Long, String> names(Model model, List<Commune> communes, List<Village> villages) {
		Map<Long, String> communeNames = communes.stream().collect(Collectors.toMap(Commune::getId, Commune::getLabel));
		model.addAttribute("communeNames", communeNames);
		model.addAttribute("villageNames", villages.stream().collect(Collectors.toMap(Village::getId, Village::getName)));
		return communeNames;
	}

	private void scopedNames(CurrentUser user, Model model) {
		var scope = scopes.scopeOf(user);
		names(model, territory.communesIn(scope), territory.villagesIn(scope));
	}

	private Map<Long, String> communeNames() {
		return territory.communeLabels();
	}

	private Map<Long, String> villageNames() {
		return territory.villagesIn(new vn.phoihop.territory.Scope(true, java.util.Set.of())).stream()
			.collect(Collectors.toMap(Village::getId, Village::getName));
	}

	/** The filter as a query string, for the pager, the sort links and the CSV link. */
	static String query(ActivityFilter f) {
		StringBuilder sb = new StringBuilder();
		add(sb, "communeId", f.communeId);
		add(sb, "villageId", f.villageId);
		add(sb, "type", f.type);
		add(sb, "contentArea", f.contentArea);
		add(sb, "agreementId", f.agreementId);
		add(sb, "from", f.from);
		add(sb, "to", f.to);
		add(sb, "loggedBy", f.loggedBy);
		add(sb, "status", f.status);
		add(sb, "q", f.q);
		return sb.toString();
	}

	private static void add(StringBuilder sb, String name, Object value) {
		if (value != null) {
			sb.append(sb.isEmpty() ? "" : "&").append(name).append('=')
				.append(java.net.URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

}
