package vn.phoihop.activity;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.export.CsvWriter;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.NumberText;
import vn.phoihop.shared.web.Options;
import vn.phoihop.shared.web.ListPrint;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

/** The log (list, totals, CSV) and an activity's page with its attachments; the form is {@link ActivityFormController}'s. */
@Controller
@RequestMapping("/activities")
class ActivityController {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ActivityLog log;

	private final ActivityLogTotals totals;

	private final ActivityCsv csv;

	private final ActivityAttachments attachments;

	private final ActivityAccess access;

	private final ActivityChoices choices;

	private final MonthLock lock;

	private final TerritoryService territory;

	private final ScopeService scopes;

	private final MessageSource messages;

	private final NumberText num;

	private final LoggedByNames loggedBy;

	private final ActivityPlanLink planLink;

	ActivityController(ActivityLog log, ActivityLogTotals totals, ActivityCsv csv, ActivityAttachments attachments,
			ActivityAccess access, ActivityChoices choices, MonthLock lock, TerritoryService territory,
			ScopeService scopes, MessageSource messages, NumberText num, LoggedByNames loggedBy,
			ActivityPlanLink planLink) {
		this.planLink = planLink;
		this.log = log;
		this.totals = totals;
		this.csv = csv;
		this.attachments = attachments;
		this.access = access;
		this.choices = choices;
		this.lock = lock;
		this.territory = territory;
		this.scopes = scopes;
		this.messages = messages;
		this.num = num;
		this.loggedBy = loggedBy;
	}

	// ---- the log

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") ActivityFilter filter,
			BindingResult ignored, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "totals", required = false) String totalsWanted,
			@RequestParam(defaultValue = "false") boolean print,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		access.requireReader(user);
		if (print) {
			return printed(user, filter, locale, model);
		}
		// "totals=now": the placeholder's link, for a browser without JavaScript or whose request for the totals
		// failed (a weak connection): the page with its totals in one request, however long they take
		Optional<ActivityCounts> known = "now".equals(totalsWanted) ? Optional.of(totals.of(user, filter))
				: totals.now(user, filter);
		List<ActivityLog.Line> lines;
		if (known.isPresent()) {
			var result = log.lines(user, filter, page, known.get().activities());
			model.addAttribute("paging", Paging.of(result));
			model.addAttribute("totals", known.get());
			lines = result.getContent();
		}
		else {
			// a search whose totals read many activities: its rows now, its totals, count and pager fetched by the
			// page right after (list.html, "pending"; totals() below)
			lines = log.lines(user, filter, page);
			model.addAttribute("page", Math.max(1, page));
		}
		model.addAttribute("query", filter.query());
		Scope scope = scopes.scopeOf(user);
		List<Commune> communes = territory.communesIn(scope);
		List<Village> villages = territory.villagesIn(scope);
		model.addAttribute("mayLog", access.mayLog(user));
		Map<Long, String> communeNames = names(model, communes, villages);
		Labels labels = new Labels(messages, locale);
		model.addAttribute("rows", rows(lines, communeNames, labels, locale));
		if (htmx != null) {
			return "activity/list :: results";
		}
		filterOptions(user, filter, communes, villages, labels, model);
		model.addAttribute("printLink", ListPrint.link(listUrl(filter)));
		return "activity/list";
	}

	/** The log printed whole (shared.web.ListPrint): the filter's totals and its first 1,000 rows, under a heading. */
	private String printed(CurrentUser user, ActivityFilter filter, Locale locale, Model model) {
		ActivityCounts counts = totals.of(user, filter);
		List<ActivityLog.Line> lines = log.printed(user, filter);
		Scope scope = scopes.scopeOf(user);
		List<Village> villages = territory.villagesIn(scope);
		Map<Long, String> communeNames = names(model, territory.communesIn(scope), villages);
		Labels labels = new Labels(messages, locale);
		model.addAttribute("totals", counts);
		model.addAttribute("query", filter.query());
		model.addAttribute("rows", rows(lines, communeNames, labels, locale));
		Map<Long, String> villageNames = villages.stream().collect(Collectors.toMap(Village::getId, Village::getName));
		model.addAttribute("print", new ListPrint.Criteria().add("common.search", filter.getQ())
			.add("activity.commune", filter.getCommuneId() == null ? null : communeNames.get(filter.getCommuneId()))
			.add("activity.village", filter.getVillageId() == null ? null : villageNames.get(filter.getVillageId()))
			.add("activity.type", filter.getType() == null ? null : labels.get(filter.getType().labelKey()))
			.add("activity.contentArea",
					filter.getContentArea() == null ? null : labels.get(filter.getContentArea().labelKey()))
			.add("common.from", filter.getFrom() == null ? null : DATE.format(filter.getFrom()))
			.add("common.to", filter.getTo() == null ? null : DATE.format(filter.getTo()))
			.add("activity.agreementId", filter.getAgreementId())
			.add("activity.loggedBy", loggedBy.label(filter.getLoggedBy()))
			.add("activity.status", filter.getStatus() == null ? null : labels.get(filter.getStatus().labelKey()))
			.heading("activity.log", counts.activities(), lines.size(), listUrl(filter)));
		return "activity/list";
	}

	/** The log's address with its filter and order. */
	private static String listUrl(ActivityFilter filter) {
		String query = filter.query();
		return "/activities?" + (query.isEmpty() ? "" : query + "&") + "sort=" + filter.getSort() + "&dir="
				+ filter.getDir();
	}

	/**
	 * The totals, count and pager of a page shown without them ({@link ActivityLogTotals#now}): the page asks for
	 * them as soon as it is shown. Computed once and kept until the scope's activities change, so the next page of
	 * the same search has them at once.
	 */
	@GetMapping("/totals")
	String totals(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") ActivityFilter filter,
			BindingResult ignored, @RequestParam(defaultValue = "1") int page, Model model) {
		access.requireReader(user);
		ActivityCounts counts = totals.of(user, filter);
		model.addAttribute("totals", counts);
		model.addAttribute("paging", Paging.of(new PageImpl<>(List.of(), PageRequest.of(Paging.index(page), Paging.SIZE),
				counts.activities())));
		model.addAttribute("query", filter.query());
		return "activity/list :: late";
	}

	/** The filter's choices as prepared {@code <option>}s (shared.web.Options): half of the page's expressions. */
	private void filterOptions(CurrentUser user, ActivityFilter filter, List<Commune> communes, List<Village> villages,
			Labels labels, Model model) {
		model.addAttribute("communeOptions",
				Options.html(communes, Commune::getId, Commune::getLabel, filter.getCommuneId()));
		model.addAttribute("villageOptions",
				Options.html(villages, Village::getId, Village::getName, filter.getVillageId()));
		model.addAttribute("typeOptions",
				Options.html(ActivityType.all(), t -> t, t -> labels.get(t.labelKey()), filter.getType()));
		model.addAttribute("contentAreaOptions", Options.html(ContentArea.all(), c -> c,
				c -> labels.get(c.labelKey()), filter.getContentArea()));
		// the people by their full names ("Người ghi"), the username as the value the filter keeps
		Map<String, String> loggers = loggedBy.labels(totals.loggers(user));
		model.addAttribute("loggerOptions",
				Options.html(loggers.keySet(), u -> u, loggers::get, filter.getLoggedBy()));
		model.addAttribute("statusOptions", Options.html(List.of(ActivityStatus.values()), s -> s,
				s -> labels.get(s.labelKey()), filter.getStatus()));
	}

	/** A row of the list with its cells as text (one plain expression per cell in the template). */
	public record Row(long id, String date, String type, String title, String summary, String commune, String figures,
			String status) {
	}

	/** The page's rows, labels looked up once per request (list rows prepared as text, docs/performance.md). */
	private List<Row> rows(List<ActivityLog.Line> lines, Map<Long, String> communeNames, Labels labels,
			Locale locale) {
		List<Row> rows = new ArrayList<>(lines.size());
		for (ActivityLog.Line line : lines) {
			String type = labels.get(line.type().labelKey());
			String status = labels.get(line.status().labelKey());
			String commune = Objects.toString(communeNames.get(line.communeId()), "");
			StringBuilder figures = new StringBuilder();
			if (line.attendees() != null) {
				figures.append(messages.getMessage("activity.figures.attendees",
						new Object[] { num.i(line.attendees()) }, locale));
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
			BindingResult ignored, Locale locale, HttpServletResponse response) {
		access.requireReader(user);
		Map<Long, String> villageNames = territory.villagesIn(new Scope(true, Set.of())).stream()
			.collect(Collectors.toMap(Village::getId, Village::getName));
		csv.write(user, filter, CsvWriter.attachment(response, "hoat-dong.csv"), territory.communeLabels(),
				villageNames, loggedBy.labels(totals.loggers(user)), new Labels(messages, locale)::get);
		csv.recordExport();
	}

	// ---- an activity

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		access.requireReader(user);
		Activity a = log.get(user, id);
		model.addAttribute("activity", a);
		model.addAttribute("attachments", attachments.of(id));
		model.addAttribute("locked", lock.isLocked(a.getCommuneId(), a.month()));
		model.addAttribute("mayEdit", access.mayLog(user));
		model.addAttribute("loggedByName", loggedBy.label(a.getLoggedBy()));
		// the agreement was checked against the commune and the day when the activity was saved: its label only
		model.addAttribute("agreement", choices.agreementForLabel(a.getAgreementId()));
		model.addAttribute("plannedItem", a.getPlannedItemId() == null ? null : planLink.item(a.getPlannedItemId()).orElse(null));
		Scope scope = scopes.scopeOf(user);
		names(model, territory.communesIn(scope), territory.villagesIn(scope));
		return "activity/detail";
	}

	@PostMapping("/{id}/attachments")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
		try {
			flash.addFlashAttribute("success",
					attachments.add(user, id, file) ? "activity.attachment.saved" : "activity.attachment.same");
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/activities/" + id;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long attachmentId) {
		access.requireReader(user);
		ActivityAttachments.Attachment a = attachments.get(user, id, attachmentId);
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

	/**
	 * Names of the communes and villages in the user's scope: every row shown is in scope, and at national scale
	 * the unscoped lists are 1,500 communes and 15,000 villages per request. Returns the communes' names.
	 */
	private static Map<Long, String> names(Model model, List<Commune> communes, List<Village> villages) {
		Map<Long, String> communeNames = communes.stream().collect(Collectors.toMap(Commune::getId, Commune::getLabel));
		model.addAttribute("communeNames", communeNames);
		model.addAttribute("villageNames", villages.stream().collect(Collectors.toMap(Village::getId, Village::getName)));
		return communeNames;
	}

}
