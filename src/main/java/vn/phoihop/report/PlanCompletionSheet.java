package vn.phoihop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.phoihop.plan.PlanCompletion;

/** The plans' completion as a table of the report's XLSX: one row per commune and content area, then the total. */
final class PlanCompletionSheet {

	private PlanCompletionSheet() {
	}

	static ReportFiles.Table of(PlanCompletion.Table t, MessageSource messages, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (PlanCompletion.Row r : t.rows()) {
			rows.add(row(r.commune(), messages.getMessage(r.contentArea().labelKey(), null, locale), r.counts()));
		}
		rows.add(row(messages.getMessage("plan.completion.total", null, locale), "", t.total()));
		List<String> headers = List.of("plan.completion.commune", "plan.completion.contentArea",
				"plan.completion.planned", "plan.completion.done", "plan.completion.partly", "plan.completion.notDone",
				"plan.completion.open", "plan.completion.percent").stream()
			.map(k -> messages.getMessage(k, null, locale)).toList();
		return new ReportFiles.Table(messages.getMessage("plan.completion.title", null, locale), headers, rows,
				messages.getMessage("plan.completion.note", null, locale));
	}

	private static List<Object> row(String commune, String area, PlanCompletion.Counts c) {
		return List.of(commune, area, c.planned(), c.done(), c.partly(), c.notDone(), c.open(), c.percentDone());
	}

}
