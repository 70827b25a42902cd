package vn.phoihop.shared.web;

import java.util.Objects;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of a list's filter, written once per request in Java and inserted with
 * {@code th:utext}: {@code <th:block th:utext="${villageOptions}"/>}. Value and label are HTML-escaped here; the
 * option equal to {@code selected} is marked selected. The filters of the activity log and the household list have 66
 * and 119 choices; written by the template each took three attribute processors and expressions (value, text, a
 * comparison for {@code selected}, a message lookup for enum labels), about half of all the expressions of those pages
 * (docs/performance.md, "Options"). The same HTML as the template wrote.
 */
public final class Options {

	private Options() {
	}

	public static <T> String html(Iterable<? extends T> items, Function<? super T, ?> value,
			Function<? super T, String> label, Object selected) {
		StringBuilder out = new StringBuilder(1024);
		for (T item : items) {
			Object v = value.apply(item);
			out.append("<option value=\"").append(HtmlUtils.htmlEscape(String.valueOf(v), "UTF-8")).append('"');
			if (selected != null && Objects.equals(v, selected)) {
				out.append(" selected=\"selected\"");
			}
			out.append('>').append(HtmlUtils.htmlEscape(Objects.toString(label.apply(item), ""), "UTF-8"))
				.append("</option>");
		}
		return out.toString();
	}

}
