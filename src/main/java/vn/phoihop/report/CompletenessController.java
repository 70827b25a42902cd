package vn.phoihop.report;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.report.ReportFiles.Table;
import vn.phoihop.shared.export.CsvWriter;
import vn.phoihop.shared.export.PdfRenderer;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;

/**
 * {@code /reports/completeness}: completeness and timeliness of the communes' monthly reports and the posts'
 * conclusions, for a post, a province or the country (none chosen: the reader's own unit) and whole months (by
 * default the twelve months to last month), as a page with its chart and as XLSX, CSV and PDF ({@code &format=}).
 */
@Controller
class CompletenessController {

	/** The longest period asked at once, in months. */
	static final int MAX_MONTHS = 24;

	/** The page leaves sections longer than this to the files; the PDF, longer than {@link #PDF_ROWS}. */
	static final int PAGE_ROWS = 200;

	static final int PDF_ROWS = 600;

	private final Completeness completeness;

	private final CompletenessTables tables;

	private final ReportUnits units;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	CompletenessController(Completeness completeness, CompletenessTables tables, ReportUnits units,
			PdfRenderer pdf, MessageSource messages) {
		this.completeness = completeness;
		this.tables = tables;
		this.units = units;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/reports/completeness")
	Object page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String post,
			@RequestParam(required = false) String province, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String format, Locale locale,
			Model model, HttpServletResponse response) throws IOException {
		LocalDate today = LocalDate.now();
		YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
		model.addAttribute("provinces", units.provincesFor(user));
		model.addAttribute("posts", units.postsFor(user));
		model.addAttribute("post", post);
		model.addAttribute("province", province);
		model.addAttribute("maxMonths", MAX_MONTHS);
		YearMonth last = month(to, lastMonth, "toError", model);
		YearMonth first = month(from, last == null ? null : last.minusMonths(11), "fromError", model);
		model.addAttribute("from", from != null ? from : first == null ? null : DateText.MONTH.format(first));
		model.addAttribute("to", to != null ? to : last == null ? null : DateText.MONTH.format(last));
		if (first == null || last == null) {
			return "report/completeness";
		}
		if (last.isAfter(YearMonth.from(today))) {
			model.addAttribute("toError", "completeness.error.future");
		}
		else if (last.isBefore(first)) {
			model.addAttribute("toError", "report.error.range");
		}
		else if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
			model.addAttribute("fromError", "completeness.error.long");
		}
		if (model.containsAttribute("toError") || model.containsAttribute("fromError")) {
			return "report/completeness";
		}
		CompletenessReport report = completeness.report(user, new Completeness.Query(post, province, first, last),
				today);
		if (report.unitLabel() == null) {
			report = report.named(messages.getMessage("completeness.country", null, locale));
		}
		String name = "ty-le-dung-han-" + first + "-" + last;
		if (format == null || format.isBlank() || "html".equals(format)) {
			List<Table> sections = tables.tables(report, locale, PAGE_ROWS);
			model.addAttribute("report", report);
			model.addAttribute("trend", sections.get(CompletenessTables.TREND));
			model.addAttribute("sections", sections);
			model.addAttribute("trendIndex", CompletenessTables.TREND);
			return "report/completeness";
		}
		return switch (format) {
			case "xlsx" -> {
				completeness.recordExport("xlsx", report);
				yield ReportController.file(TableFiles.xlsx(tables.tables(report, locale, 0)), name + ".xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			}
			case "csv" -> {
				completeness.recordExport("csv", report);
				TableFiles.csv(tables.tables(report, locale, 0), CsvWriter.attachment(response, name + ".csv"));
				yield null;
			}
			case "pdf" -> {
				completeness.recordExport("pdf", report);
				yield ReportController.file(pdf.render("report/pdf", Map.of("report", report, "pdfTitle",
						messages.getMessage("completeness.pdf.title", null, locale), "tables",
						PdfTable.of(tables.tables(report, locale, PDF_ROWS)), "printedOn", LocalDate.now()), locale),
						name + ".pdf", MediaType.APPLICATION_PDF_VALUE);
			}
			default -> ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.body(messages.getMessage("report.error.format", null, locale));
		};
	}

	/** The month typed (MM/yyyy, or yyyy-MM in a link), or the default when none; an error beside the field. */
	private static YearMonth month(String value, YearMonth otherwise, String errorName, Model model) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			YearMonth m = DateText.parseMonth(value);
			if (m.getYear() < 2000 || m.getYear() > 2100) {
				model.addAttribute(errorName, "completeness.error.month");
				return null;
			}
			return m;
		}
		catch (DateTimeParseException ex) {
			model.addAttribute(errorName, "completeness.error.month");
			return null;
		}
	}

}
