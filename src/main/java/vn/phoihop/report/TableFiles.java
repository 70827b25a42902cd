package vn.phoihop.report;

import java.util.List;

import vn.phoihop.report.ReportFiles.Table;
import vn.phoihop.shared.export.CsvWriter;
import vn.phoihop.shared.export.Xlsx;

/** A report's tables as an XLSX workbook (one sheet per table) or a CSV file (the tables one after another). */
final class TableFiles {

	private TableFiles() {
	}

	static byte[] xlsx(List<Table> tables) {
		return Xlsx.workbook(tables.stream().map(t -> new Xlsx.Sheet(t.title(), t.headers(), t.rows(), t.note())).toList());
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

}
