package vn.phoihop.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.account.UserNames;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.export.CsvWriter;
import vn.phoihop.shared.export.Xlsx;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.shared.web.Labels;

/**
 * The register's export ({@code /situation/export}): every item of the reader's filter as one table, written as CSV
 * or as XLSX from the same rows (so the two files cannot disagree), a restricted item's content blanked as on the
 * page; each export an {@code EXPORT} audit event with its format, its number of rows and the filter.
 */
@Component
class SituationExport {

	/** The files the export writes. */
	enum Format {

		CSV, XLSX;

		/** The format asked for ({@code format=}): none is CSV; null for one it does not write. */
		static Format of(String value) {
			if (value == null || value.isBlank() || "csv".equalsIgnoreCase(value)) {
				return CSV;
			}
			return "xlsx".equalsIgnoreCase(value) ? XLSX : null;
		}

	}

	private static final String FILE = "tinh-hinh";

	private final SituationList list;

	private final SituationChoices choices;

	private final MessageSource messages;

	private final UserNames userNames;

	private final AuditService audit;

	SituationExport(SituationList list, SituationChoices choices, MessageSource messages, UserNames userNames,
			AuditService audit) {
		this.list = list;
		this.choices = choices;
		this.messages = messages;
		this.userNames = userNames;
		this.audit = audit;
	}

	void write(CurrentUser user, SituationFilter filter, Format format, Locale locale, HttpServletResponse response) {
		List<SituationList.Line> lines = list.all(user, filter);
		Labels labels = new Labels(messages, locale);
		List<String> headers = List.of("situation.csv.id", "situation.occurredOn", "situation.occurredTime",
				"situation.commune", "situation.village", "situation.category", "situation.severity",
				"situation.status", "situation.summary", "situation.restricted", "situation.recordedBy")
			.stream()
			.map(labels::get)
			.toList();
		List<List<Object>> rows = rows(user, lines, labels, locale);
		if (format == Format.XLSX) {
			Xlsx.attachment(response, FILE + ".xlsx",
					List.of(new Xlsx.Sheet(labels.get("situation.register"), headers, rows, null, 10, 22)));
		}
		else {
			CsvWriter out = CsvWriter.attachment(response, FILE + ".csv");
			out.row(headers);
			rows.forEach(out::row);
			out.flush();
		}
		audit.recordStandalone(AuditService.EXPORT, "SituationItem", null, format.name() + ": " + lines.size(),
				filter.query());
	}

	private List<List<Object>> rows(CurrentUser user, List<SituationList.Line> lines, Labels labels, Locale locale) {
		Map<Long, String> communes = SituationChoices.communeNames(choices.communesInScope(user));
		Map<Long, String> villages = SituationChoices.villageNames(choices.villagesInScope(user));
		Map<Long, String> categories = choices.categoryLabels(locale);
		Map<String, String> authors = userNames.fullNames(lines.stream().map(SituationList.Line::recordedBy)
			.filter(Objects::nonNull).distinct().toList());
		List<List<Object>> rows = new ArrayList<>(lines.size());
		for (SituationList.Line l : lines) {
			List<Object> cells = new ArrayList<>(11);
			cells.add(l.id());
			cells.add(DateText.DAY.format(l.occurredOn()));
			cells.add(l.occurredTime() == null ? null : l.occurredTime().toString());
			cells.add(communes.getOrDefault(l.communeId(), ""));
			cells.add(l.villageId() == null ? null : villages.get(l.villageId()));
			cells.add(categories.get(l.categoryId()));
			cells.add(l.severity() == null ? null : labels.get(l.severity().labelKey()));
			cells.add(l.status() == null ? null : labels.get(l.status().labelKey()));
			cells.add(l.hidden() ? labels.get("situation.restricted.hidden") : l.summary());
			cells.add(labels.get(l.restricted() ? "common.yes" : "common.no"));
			cells.add(l.recordedBy() == null ? null : authors.getOrDefault(l.recordedBy(), l.recordedBy()));
			rows.add(cells);
		}
		return rows;
	}

}
