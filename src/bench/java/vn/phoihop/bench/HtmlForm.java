package vn.phoihop.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields one form of a page sends as a browser would send them untouched: hidden and text inputs, checked
 * boxes, each select's selected option, textareas. For the month-end client ({@link MonthEndRush}), which then
 * changes what its user types, so that whatever the server proposed in the form (the agreement, the content area, the
 * one-time token, the CSRF token, a version) goes back as it came. A few regular expressions over the page as the
 * application writes it, not a general HTML parser.
 */
final class HtmlForm {

	private static final Pattern TAG = Pattern.compile("<(input|select|option|textarea|/select|/form)\\b([^>]*)>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)(?:=\"([^\"]*)\")?");

	/** The fields in page order; a name may repeat (checkboxes). */
	private final List<Map.Entry<String, String>> fields = new ArrayList<>();

	/** The values each checkbox of a name offers, checked or not. */
	private final Map<String, List<String>> choices = new LinkedHashMap<>();

	private HtmlForm() {
	}

	/** The form whose {@code <form ...>} tag has {@code id="formId"}; {@code null} when the page has none. */
	static HtmlForm of(String page, String formId) {
		int start = page.indexOf("id=\"" + formId + "\"");
		if (start < 0) {
			return null;
		}
		HtmlForm form = new HtmlForm();
		Matcher m = TAG.matcher(page);
		m.region(start, page.length());
		String select = null;
		while (m.find()) {
			String tag = m.group(1).toLowerCase();
			Map<String, String> a = attributes(m.group(2));
			switch (tag) {
				case "/form" -> {
					return form;
				}
				case "select" -> select = a.get("name");
				case "/select" -> select = null;
				case "option" -> {
					if (select != null && a.containsKey("selected")) {
						form.fields.add(Map.entry(select, a.getOrDefault("value", "")));
					}
				}
				case "textarea" -> {
					int end = page.indexOf("</textarea>", m.end());
					if (a.get("name") != null) {
						form.fields.add(Map.entry(a.get("name"), unescape(page.substring(m.end(), end))));
					}
				}
				default -> form.input(a);
			}
		}
		return form;
	}

	private void input(Map<String, String> a) {
		String name = a.get("name");
		String type = a.getOrDefault("type", "text").toLowerCase();
		if (name == null || type.equals("file") || type.equals("submit") || type.equals("button")) {
			return;
		}
		if (type.equals("checkbox") || type.equals("radio")) {
			choices.computeIfAbsent(name, k -> new ArrayList<>()).add(a.getOrDefault("value", "on"));
			if (!a.containsKey("checked")) {
				return;
			}
		}
		fields.add(Map.entry(name, a.getOrDefault("value", "")));
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> a = new LinkedHashMap<>();
		Matcher m = ATTRIBUTE.matcher(text);
		while (m.find()) {
			a.put(m.group(1).toLowerCase(), m.group(2) == null ? "" : unescape(m.group(2)));
		}
		return a;
	}

	private static String unescape(String s) {
		return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	/** The first value of a field, or {@code null}. */
	String get(String name) {
		return fields.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
	}

	/** The values a checkbox group offers (checked or not). */
	List<String> choicesOf(String name) {
		return choices.getOrDefault(name, List.of());
	}

	/** Sets a field to one value (what the user typed or chose), replacing whatever the page had. */
	HtmlForm set(String name, String value) {
		fields.removeIf(e -> e.getKey().equals(name));
		fields.add(Map.entry(name, value));
		return this;
	}

	/** The fields as sent, in page order. */
	List<Map.Entry<String, String>> fields() {
		return List.copyOf(fields);
	}

}
