package vn.phoihop.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Every XLSX export, one way (fastexcel): a sheet per table, its header row bold on a light fill and frozen, numbers
 * written as numbers, every text cell through {@link Spreadsheet#safe} (nothing a spreadsheet would run as a formula),
 * a table's note two rows under it.
 */
public final class Xlsx {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** One sheet: its title (the sheet's name, cut to Excel's 31 characters), headers, rows, a note or null. */
	public record Sheet(String title, List<String> headers, List<List<Object>> rows, String note, int firstWidth,
			int width) {

		public Sheet(String title, List<String> headers, List<List<Object>> rows, String note) {
			this(title, headers, rows, note, 48, 18);
		}

	}

	private Xlsx() {
	}

	/** The workbook's bytes. */
	public static byte[] workbook(List<Sheet> sheets) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook wb = new Workbook(out, "PhoiHop", "1.0");
			Set<String> names = new HashSet<>();
			for (Sheet sheet : sheets) {
				write(wb.newWorksheet(sheetName(sheet.title(), names)), sheet);
			}
			wb.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An XLSX download: its headers set on the response, the workbook written into the response's body. */
	public static void attachment(HttpServletResponse response, String filename, List<Sheet> sheets) {
		byte[] body = workbook(sheets);
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setContentLength(body.length);
		try {
			response.getOutputStream().write(body);
			response.flushBuffer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Worksheet ws, Sheet sheet) throws IOException {
		for (int c = 0; c < sheet.headers().size(); c++) {
			ws.value(0, c, Spreadsheet.safe(sheet.headers().get(c)));
			ws.style(0, c).bold().fillColor("D9EAD3").wrapText(true).set();
			ws.width(c, c == 0 ? sheet.firstWidth() : sheet.width());
		}
		for (int r = 0; r < sheet.rows().size(); r++) {
			List<Object> row = sheet.rows().get(r);
			for (int c = 0; c < row.size(); c++) {
				Object v = row.get(c);
				if (v instanceof Number n) {
					ws.value(r + 1, c, n instanceof BigDecimal b ? b : n);
				}
				else if (v != null) {
					ws.value(r + 1, c, Spreadsheet.safe(String.valueOf(v)));
				}
			}
		}
		if (sheet.note() != null) {
			ws.value(sheet.rows().size() + 2, 0, Spreadsheet.safe(sheet.note()));
		}
		ws.freezePane(0, 1);
		ws.finish();
	}

	/** The title as a sheet's name: without the characters Excel refuses, at most 31, unique in the workbook. */
	private static String sheetName(String title, Set<String> taken) {
		String s = title.replaceAll("[\\\\/*?:\\[\\]]", " ");
		String name = s.length() > 31 ? s.substring(0, 31) : s;
		for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = (s.length() > 31 - suffix.length() ? s.substring(0, 31 - suffix.length()) : s) + suffix;
		}
		return name;
	}

}
