package vn.phoihop.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.export.CsvWriter;
import vn.phoihop.shared.export.PdfRenderer;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;

/** {@code /reports/period}: the page, and the same report as XLSX, CSV and PDF ({@code &format=}). */
@Controller
class ReportController {

	private final ReportService reports;

	private final ReportUnits units;

	private final ReportFiles files;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final PeriodReportReads reads;

	ReportController(ReportService reports, ReportUnits units, ReportFiles files, PdfRenderer pdf,
			MessageSource messages, PeriodReportReads reads) {
		this.reads = reads;
		this.reports = reports;
		this.units = units;
		this.files = files;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/reports/period")
	Object period(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String post,
			@RequestParam(required = false) String commune, @RequestParam(required = false) String province,
			@RequestParam(required = false) Long agreement, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String format, Locale locale,
			Model model, HttpServletResponse response) throws IOException {
		model.addAttribute("provinces", units.provincesFor(user));
		model.addAttribute("posts", units.postsFor(user));
		model.addAttribute("communes", units.communesFor(user));
		model.addAttribute("post", post);
		model.addAttribute("commune", commune);
		model.addAttribute("province", province);
		model.addAttribute("agreement", agreement);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("contentAreas", ContentArea.all());
		LocalDate fromDate = date(from, "fromError", model);
		LocalDate toDate = date(to, "toError", model);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			model.addAttribute("toError", "report.error.range");
		}
		boolean unitChosen = post != null || commune != null || province != null || agreement != null;
		if (!unitChosen || fromDate == null || toDate == null || model.containsAttribute("toError")) {
			if (unitChosen && from == null && to == null) {
				model.addAttribute("fromError", "report.error.dates");
			}
			return "report/period";
		}
		ReportService.Query q = new ReportService.Query(post, commune, province, agreement, fromDate, toDate);
		boolean page = format == null || format.isBlank() || "html".equals(format);
		PeriodReportReads.Parts parts = reads.read(user, q, page || "xlsx".equals(format), locale);
		PeriodReport report = parts.report();
		List<ReportFiles.Table> more = parts.programmes();
		if (page) {
			model.addAttribute("report", report);
			model.addAttribute("planCompletion", parts.plans());
			model.addAttribute("programmeTables", more);
			return "report/period";
		}
		String name = "bao-cao-" + fromDate + "-" + toDate;
		return switch (format) {
			case "xlsx" -> {
				reports.recordExport("xlsx", q);
				List<ReportFiles.Table> sheets = new ArrayList<>();
				sheets.add(PlanCompletionSheet.of(parts.plans(), messages, locale));
				sheets.addAll(more);
				yield file(files.xlsx(report, locale, sheets), name + ".xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			}
			case "csv" -> {
				reports.recordExport("csv", q);
				files.csv(report, locale, CsvWriter.attachment(response, name + ".csv"), more);
				yield null;
			}
			case "pdf" -> {
				reports.recordExport("pdf", q);
				yield file(pdf.render("report/pdf", Map.of("report", report,
						"tables", PdfTable.of(ReportFiles.with(files.tables(report, locale), more)), "printedOn", LocalDate.now()), locale),
						name + ".pdf", MediaType.APPLICATION_PDF_VALUE);
			}
			default -> ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.body(messages.getMessage("report.error.format", null, locale));
		};
	}

	private static LocalDate date(String value, String errorName, Model model) {
		if (value == null) {
			return null;
		}
		try {
			LocalDate d = DateText.parseDate(value);
			if (d.getYear() < 2000 || d.getYear() > 2100) {
				model.addAttribute(errorName, "report.error.date");
				return null;
			}
			return d;
		}
		catch (DateTimeParseException ex) {
			model.addAttribute(errorName, "report.error.date");
			return null;
		}
	}

	static ResponseEntity<byte[]> file(byte[] body, String filename, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

	static byte[] bytes(ByteArrayOutputStream out) {
		return out.toByteArray();
	}

}
