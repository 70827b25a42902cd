package vn.phoihop.shared.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <td>} cells of a row of figures, written in Java and inserted with {@code th:utext}:
 * {@code <tr><th th:text="${row.label}">…</th><th:block th:utext="${row.cells}"/></tr>}. Texts are HTML-escaped here;
 * a class is one of the page's own constants. The tables of figures (the month's review: 11 per row, the population
 * summary: 11 or 12 per row, 30-40 rows) spent a third of their rendering on one attribute processor and one
 * expression per cell, a {@code th:each} per cell on the review (docs/performance.md, "Cells"). As {@link Options}:
 * the same HTML as the template wrote.
 */
public final class Cells {

	private final StringBuilder out;

	public Cells() {
		this(new StringBuilder(512));
	}

	/** Cells written at the end of {@code out} (a table's rows built in one piece, report.ReportCells). */
	public Cells(StringBuilder out) {
		this.out = out;
	}

	public Cells td(Object text) {
		return td(null, text);
	}

	public Cells td(String cssClass, Object text) {
		out.append("<td");
		if (cssClass != null) {
			out.append(" class=\"").append(text(cssClass)).append('"');
		}
		out.append('>').append(text(text)).append("</td>");
		return this;
	}

	/**
	 * A text as HTML: escaped, nothing for null (what {@code th:text} writes). A text without any of the five
	 * characters escaped is itself, without a copy (most cells: figures, labels).
	 */
	public static String text(Object text) {
		String s = text == null ? "" : text.toString();
		for (int i = 0; i < s.length(); i++) {
			switch (s.charAt(i)) {
				case '<', '>', '&', '"', '\'' -> {
					return HtmlUtils.htmlEscape(s, "UTF-8");
				}
				default -> {
				}
			}
		}
		return s;
	}

	/**
	 * An application path as a link's {@code href} value, under the request's context path as {@code @{/…}} writes it,
	 * escaped for an attribute.
	 */
	public static String href(String path) {
		String context = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
				? a.getRequest().getContextPath() : "";
		return HtmlUtils.htmlEscape(context + path, "UTF-8");
	}

	@Override
	public String toString() {
		return out.toString();
	}

}
