package vn.phoihop.report;

import java.util.ArrayList;
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

	/** The table's rows, each as its cells' HTML. */
	public List<String> rows(ReportFiles.Table table) {
		List<Boolean> numeric = table.numericColumns();
		List<String> rows = new ArrayList<>(table.rows().size());
		for (List<Object> row : table.rows()) {
			Cells cells = new Cells();
			for (int c = 0; c < row.size(); c++) {
				Object value = row.get(c);
				cells.td(c < numeric.size() && numeric.get(c) ? FIGURE : null,
						value instanceof Number n ? num.i(n) : value);
			}
			rows.add(cells.toString());
		}
		return rows;
	}

}
