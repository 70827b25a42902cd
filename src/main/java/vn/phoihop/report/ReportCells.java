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

	/** A table's head row and body rows as HTML, for one {@code th:utext} each. */
	public record Html(String head, String body) {
	}

	/**
	 * The table's header row (one {@code <th scope="col">} per column, a figures' column right-aligned) and its rows,
	 * {@code <tr>} by {@code <tr>}: one {@code th:utext} each instead of a {@code th:each} over the rows and one per
	 * header (a five-year report: 13 tables, 250 rows). Which columns hold figures is found once for both.
	 */
	public Html of(ReportFiles.Table table) {
		List<Boolean> numeric = table.numericColumns();
		StringBuilder head = new StringBuilder(64 * table.headers().size()).append("<tr>");
		for (int c = 0; c < table.headers().size(); c++) {
			head.append(figures(numeric, c) ? "<th scope=\"col\" class=\"" + FIGURE + "\">" : "<th scope=\"col\">")
				.append(Cells.text(table.headers().get(c)))
				.append("</th>");
		}
		StringBuilder body = new StringBuilder(128 * (table.rows().size() + 1));
		for (List<Object> row : table.rows()) {
			body.append("<tr>");
			Cells cells = new Cells(body);
			for (int c = 0; c < row.size(); c++) {
				Object value = row.get(c);
				cells.td(figures(numeric, c) ? FIGURE : null, value instanceof Number n ? num.i(n) : value);
			}
			body.append("</tr>");
		}
		return new Html(head.append("</tr>").toString(), body.toString());
	}

	private static boolean figures(List<Boolean> numeric, int column) {
		return column < numeric.size() && numeric.get(column);
	}

}
