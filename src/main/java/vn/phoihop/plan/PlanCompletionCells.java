package vn.phoihop.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.web.Cells;
import vn.phoihop.shared.web.NumberText;

/**
 * The plans' completion table's rows ({@code plan/_completion.html}), each row's {@code <td>} cells written in Java
 * ({@link Cells}, inserted with {@code th:utext}): the commune, the content area's label in the reader's language,
 * the counts with the reader's digit grouping and the per cent done. A province's year is about 180 rows of eight
 * cells, which as eight expressions each were a fifth of the period report's rendering (docs/performance.md,
 * "Cells"). The same HTML the template wrote.
 */
@Component("planCompletionCells")
public class PlanCompletionCells {

	private static final String FIGURE = "text-end";

	private final NumberText num;

	private final MessageSource messages;

	PlanCompletionCells(NumberText num, MessageSource messages) {
		this.num = num;
		this.messages = messages;
	}

	/** The table's rows, each as its cells' HTML. */
	public List<String> rows(PlanCompletion.Table table, Locale locale) {
		List<String> rows = new ArrayList<>(table.rows().size());
		for (PlanCompletion.Row r : table.rows()) {
			PlanCompletion.Counts c = r.counts();
			rows.add(new Cells().td(r.commune())
				.td(messages.getMessage(r.contentArea().labelKey(), null, locale))
				.td(FIGURE, num.i(c.planned()))
				.td(FIGURE, num.i(c.done()))
				.td(FIGURE, num.i(c.partly()))
				.td(FIGURE, num.i(c.notDone()))
				.td(FIGURE, num.i(c.open()))
				.td(FIGURE, c.percentDone() + "%")
				.toString());
		}
		return rows;
	}

}
