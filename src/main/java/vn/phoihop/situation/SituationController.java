package vn.phoihop.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.account.UserNames;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.export.CsvWriter;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.Options;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.Village;

/**
 * The register ({@code /situation}): the filtered list and its CSV for those who read items; the counts by category
 * for the provincial command. An item's pages are {@link SituationItemController}'s.
 */
@Controller
@RequestMapping("/situation")
class SituationController {

	private final SituationList list;

	private final SituationAccess access;

	private final SituationChoices choices;

	private final MessageSource messages;

	private final UserNames userNames;

	private final AuditService audit;

	SituationController(SituationList list, SituationAccess access, SituationChoices choices, MessageSource messages,
			UserNames userNames, AuditService audit) {
		this.list = list;
		this.access = access;
		this.choices = choices;
		this.messages = messages;
		this.userNames = userNames;
		this.audit = audit;
	}

	/** A row of the list with its cells as text; {@code hidden}: a restricted item whose content is not shown. */
	public record Row(long id, String date, String category, String commune, String village, String summary,
			String severity, String status, boolean restricted, boolean hidden, boolean open) {
	}

	/** A category's count for the provincial command's view. */
	public record CategoryCount(String label, long items) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") SituationFilter filter,
			BindingResult ignored, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		List<Commune> communes = choices.communesInScope(user);
		Map<Long, String> categories = choices.categoryLabels(locale);
		model.addAttribute("query", filter.query());
		if (access.readsCountsOnly(user)) {
			return counts(user, filter, communes, categories, model);
		}
		access.requireReader(user);
		List<Village> villages = choices.villagesInScope(user);
		Page<SituationList.Line> result = list.page(user, filter, page);
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("rows", rows(result.getContent(), SituationChoices.communeNames(communes),
				SituationChoices.villageNames(villages), categories, new Labels(messages, locale)));
		model.addAttribute("mayAdd", access.mayAdd(user));
		if (htmx != null) {
			return "situation/list :: results";
		}
		Labels labels = new Labels(messages, locale);
		model.addAttribute("communeOptions",
				Options.html(communes, Commune::getId, Commune::getLabel, filter.getCommuneId()));
		model.addAttribute("villageOptions",
				Options.html(villages, Village::getId, Village::getName, filter.getVillageId()));
		model.addAttribute("categoryOptions",
				Options.html(categories.keySet(), id -> id, categories::get, filter.getCategoryId()));
		model.addAttribute("sourceOptions", Options.html(List.of(Source.values()), s -> s,
				s -> labels.get(s.labelKey()), filter.getSource()));
		model.addAttribute("severityOptions", Options.html(List.of(Severity.values()), s -> s,
				s -> labels.get(s.labelKey()), filter.getSeverity()));
		model.addAttribute("statusOptions", Options.html(List.of(FollowUp.values()), s -> s,
				s -> labels.get(s.labelKey()), filter.getStatus()));
		return "situation/list";
	}

	/** The provincial command's page: how many items of each category, for a commune and a period; no item. */
	private String counts(CurrentUser user, SituationFilter filter, List<Commune> communes,
			Map<Long, String> categories, Model model) {
		SituationFilter countsOnly = new SituationFilter();
		countsOnly.setCommuneId(filter.getCommuneId());
		countsOnly.setCategoryId(null);
		countsOnly.setFrom(filter.getFrom());
		countsOnly.setTo(filter.getTo());
		Map<Long, Long> counts = list.countsByCategory(user, countsOnly);
		List<CategoryCount> rows = new ArrayList<>();
		categories.forEach((id, label) -> rows.add(new CategoryCount(label, counts.getOrDefault(id, 0L))));
		model.addAttribute("counts", rows);
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("communeOptions",
				Options.html(communes, Commune::getId, Commune::getLabel, filter.getCommuneId()));
		return "situation/counts";
	}

	@GetMapping("/export")
	void export(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") SituationFilter filter,
			BindingResult ignored, Locale locale, HttpServletResponse response) {
		access.requireReader(user);
		List<SituationList.Line> lines = list.all(user, filter);
		Labels labels = new Labels(messages, locale);
		Map<Long, String> communes = SituationChoices.communeNames(choices.communesInScope(user));
		Map<Long, String> villages = SituationChoices.villageNames(choices.villagesInScope(user));
		Map<Long, String> categories = choices.categoryLabels(locale);
		Map<String, String> authors = userNames.fullNames(lines.stream().map(SituationList.Line::recordedBy)
			.filter(Objects::nonNull).distinct().toList());
		CsvWriter out = CsvWriter.attachment(response, "tinh-hinh.csv");
		out.row(List.of("situation.csv.id", "situation.occurredOn", "situation.occurredTime", "situation.commune",
				"situation.village", "situation.category", "situation.severity", "situation.status",
				"situation.summary", "situation.restricted", "situation.recordedBy").stream().map(labels::get).toList());
		for (SituationList.Line l : lines) {
			List<Object> cells = new ArrayList<>(11);
			cells.add(l.id());
			cells.add(DateText.DAY.format(l.occurredOn()));
			cells.add(l.occurredTime());
			cells.add(communes.getOrDefault(l.communeId(), ""));
			cells.add(l.villageId() == null ? null : villages.get(l.villageId()));
			cells.add(categories.get(l.categoryId()));
			cells.add(l.severity() == null ? null : labels.get(l.severity().labelKey()));
			cells.add(l.status() == null ? null : labels.get(l.status().labelKey()));
			cells.add(l.hidden() ? labels.get("situation.restricted.hidden") : l.summary());
			cells.add(labels.get(l.restricted() ? "common.yes" : "common.no"));
			cells.add(l.recordedBy() == null ? null : authors.getOrDefault(l.recordedBy(), l.recordedBy()));
			out.row(cells);
		}
		out.flush();
		audit.recordStandalone(AuditService.EXPORT, "SituationItem", null, "CSV: " + lines.size(), filter.query());
	}

	private static List<Row> rows(List<SituationList.Line> lines, Map<Long, String> communes,
			Map<Long, String> villages, Map<Long, String> categories, Labels labels) {
		List<Row> rows = new ArrayList<>(lines.size());
		for (SituationList.Line l : lines) {
			String when = DateText.DAY.format(l.occurredOn())
					+ (l.occurredTime() == null ? "" : " " + l.occurredTime().toString());
			rows.add(new Row(l.id(), when, categories.get(l.categoryId()), communes.getOrDefault(l.communeId(), ""),
					l.villageId() == null ? "" : villages.getOrDefault(l.villageId(), ""),
					l.hidden() ? labels.get("situation.restricted.hidden") : l.summary(),
					l.severity() == null ? "" : labels.get(l.severity().labelKey()),
					l.status() == null ? "" : labels.get(l.status().labelKey()), l.restricted(), l.hidden(),
					l.status() != null && l.status().isOpen()));
		}
		return rows;
	}

}
