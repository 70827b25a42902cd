package vn.phoihop.report;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.phoihop.shared.web.Cells;
import vn.phoihop.shared.web.NumberText;

/**
 * The page's tables of a report ({@link ReportFiles#tables}), each row's {@code <td>} cells written in Java
 * ({@link Cells}, inserted with {@code th:utext}): a figure with the reader's digit grouping in a right-aligned cell,
 * a text as it is, escaped. The same HTML the template wrote with a {@code th:each} and two expressions per cell,
 * which were most of a 5-year report's rendering (docs/performance.md, "Cells").
 */
@Component("reportCells")
public class ReportCells {

	private static final String FIGURE = "text-end";

	private final NumberText num;

	ReportCells(NumberText num) {
		this.num = num;
	}

	/** The table's header row: one {@code <th scope="col">} per column, a figures' column right-aligned. */
	public String head(ReportFiles.Table table) {
		List<Boolean> numeric = table.numericColumns();
		StringBuilder out = new StringBuilder(64 * table.headers().size()).append("<tr>");
		for (int c = 0; c < table.headers().size(); c++) {
			out.append(c < numeric.size() && numeric.get(c) ? "<th scope=\"col\" class=\"" + FIGURE + "\">"
					: "<th scope=\"col\">").append(Cells.text(table.headers().get(c))).append("</th>");
		}
		return out.append("</tr>").toString();
	}

	/**
	 * The table's rows as one piece of HTML, {@code <tr>} by {@code <tr>}: one {@code th:utext} per table instead of
	 * a {@code th:each} over the rows and one per header (a five-year report: 13 tables, 250 rows).
	 */
	public String body(ReportFiles.Table table) {
		List<Boolean> numeric = table.numericColumns();
		StringBuilder out = new StringBuilder(128 * (table.rows().size() + 1));
		for (List<Object> row : table.rows()) {
			Cells cells = new Cells();
			for (int c = 0; c < row.size(); c++) {
				Object value = row.get(c);
				cells.td(c < numeric.size() && numeric.get(c) ? FIGURE : null,
						value instanceof Number n ? num.i(n) : value);
			}
			out.append("<tr>").append(cells).append("</tr>");
		}
		return out.toString();
	}

}
