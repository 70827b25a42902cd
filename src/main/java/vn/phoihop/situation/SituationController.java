package vn.phoihop.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.Options;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.Village;

/**
 * The register ({@code /situation}): the filtered list and its export (CSV or XLSX, {@link SituationExport}) for
 * those who read items; the counts by category for the provincial command. An item's pages are
 * {@link SituationItemController}'s.
 */
@Controller
@RequestMapping("/situation")
class SituationController {

	private final SituationList list;

	private final SituationAccess access;

	private final SituationChoices choices;

	private final MessageSource messages;

	private final SituationExport export;

	SituationController(SituationList list, SituationAccess access, SituationChoices choices, MessageSource messages,
			SituationExport export) {
		this.list = list;
		this.access = access;
		this.choices = choices;
		this.messages = messages;
		this.export = export;
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
	Object export(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") SituationFilter filter,
			BindingResult ignored, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) {
		access.requireReader(user);
		SituationExport.Format f = SituationExport.Format.of(format);
		if (f == null) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.body(messages.getMessage("situation.export.format", null, locale));
		}
		export.write(user, filter, f, locale, response);
		return null;
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
