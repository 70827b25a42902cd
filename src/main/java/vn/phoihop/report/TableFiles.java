package vn.phoihop.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.phoihop.report.ReportFiles.Table;
import vn.phoihop.shared.export.CsvWriter;
import vn.phoihop.shared.export.Spreadsheet;

/** A report's tables as an XLSX workbook (one sheet per table) or a CSV file (the tables one after another). */
final class TableFiles {

	private TableFiles() {
	}

	static byte[] xlsx(List<Table> tables) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook wb = new Workbook(out, "PhoiHop", "1.0");
			for (Table table : tables) {
				Worksheet ws = wb.newWorksheet(sheetName(table.title()));
				for (int c = 0; c < table.headers().size(); c++) {
					ws.value(0, c, Spreadsheet.safe(table.headers().get(c)));
					ws.style(0, c).bold().fillColor("D9EAD3").wrapText(true).set();
					ws.width(c, c == 0 ? 48 : 18);
				}
				for (int r = 0; r < table.rows().size(); r++) {
					List<Object> row = table.rows().get(r);
					for (int c = 0; c < row.size(); c++) {
						Object v = row.get(c);
						if (v instanceof Number n) {
							ws.value(r + 1, c, n instanceof BigDecimal b ? b : n);
						}
						else {
							ws.value(r + 1, c, Spreadsheet.safe(String.valueOf(v)));
						}
					}
				}
				if (table.note() != null) {
					ws.value(table.rows().size() + 2, 0, Spreadsheet.safe(table.note()));
				}
				ws.freezePane(0, 1);
				ws.finish();
			}
			wb.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The tables one after another, each as its title, its headers and its rows, then an empty line. */
	static void csv(List<Table> tables, CsvWriter out) {
		for (Table table : tables) {
			out.row(List.of(table.title()));
			out.row(table.headers());
			for (List<Object> row : table.rows()) {
				out.row(row);
			}
			if (table.note() != null) {
				out.row(List.of(table.note()));
			}
			out.row(List.of());
		}
		out.flush();
	}

	private static String sheetName(String title) {
		String s = title.replaceAll("[\\\\/*?:\\[\\]]", " ");
		return s.length() > 31 ? s.substring(0, 31) : s;
	}

}
