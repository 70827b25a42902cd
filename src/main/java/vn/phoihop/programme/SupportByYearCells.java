package vn.phoihop.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.household.SupportKind;
import vn.phoihop.shared.web.Cells;
import vn.phoihop.shared.web.NumberText;

/**
 * The programme list's table of the support's value by kind and year ({@code programme/list.html}), its rows written
 * in Java ({@link Cells}, inserted with {@code th:utext}): a kind's label, its value in each year and in all of
 * them; then the years' totals. Ten years of five kinds were 66 expressions, each a method call on a map, a quarter of
 * the provincial command's list (docs/performance.md, "Cells"). The same HTML the template wrote.
 */
@Component("supportByYearCells")
public class SupportByYearCells {

	private static final String FIGURE = "text-end";

	private final NumberText num;

	private final MessageSource messages;

	SupportByYearCells(NumberText num, MessageSource messages) {
		this.num = num;
		this.messages = messages;
	}

	/** One row per kind of support: its label as the row's header, then its cells. */
	public List<String> rows(ProgrammeTotals.Figures f, Locale locale) {
		List<String> rows = new ArrayList<>();
		for (Map.Entry<SupportKind, Map<Integer, Long>> e : f.valueByKindAndYear().entrySet()) {
			Cells cells = new Cells();
			for (Integer year : f.years()) {
				cells.td(FIGURE, num.i(e.getValue().getOrDefault(year, 0L)));
			}
			cells.td("text-end fw-semibold", num.i(f.value(e.getKey())));
			rows.add("<th scope=\"row\">"
					+ Cells.text(messages.getMessage(e.getKey().messageKey(), null, locale)) + "</th>"
					+ cells);
		}
		return rows;
	}

	/** The footer's cells after its header: each year's value, then the whole. */
	public String totals(ProgrammeTotals.Figures f) {
		StringBuilder out = new StringBuilder();
		for (Integer year : f.years()) {
			out.append("<th class=\"text-end\">").append(num.i(f.valueIn(year))).append("</th>");
		}
		return out.append("<th class=\"text-end\" id=\"by-year-total\">").append(num.i(f.value())).append("</th>")
			.toString();
	}

}
