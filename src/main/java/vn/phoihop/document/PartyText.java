package vn.phoihop.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * Text of a Party document as XHTML where nothing is broken across lines that must not be: a date (31/12/2026), a
 * month (08/2016), a number with its sign (8-KL/ĐU), a figure (1.234) and the names given (units, communes) go in a
 * {@code <span class="nw">} (white-space: nowrap); everything else is escaped and wraps between words. Used by the
 * document's template as {@code ${text.html(...)}}.
 */
public final class PartyText {

	/** Dates, months, figures with separators, numbers with their sign: "31/12/2026", "08/2016", "8-KL/ĐU". */
	private static final String NUMBERS = "\\d+(?:[/.,:-]\\d+)*(?:-\\p{Lu}+(?:/\\p{Lu}+)*)?";

	/** The words a unit's name may be broken before, when it needs more than one line (Vietnamese, any case). */
	private static final Pattern UNIT_WORD = Pattern.compile(
			"\\s+(?=(?:bộ đội|tỉnh|thành phố|đồn|huyện|quận|xã|phường|thị trấn|đặc khu)\\s)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final Pattern kept;

	PartyText(List<String> names) {
		String alternatives = names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct()
			.sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.kept = Pattern.compile((alternatives.isEmpty() ? "" : alternatives + "|") + NUMBERS);
	}

	/** The text escaped, with its dates, numbers and names in no-wrap spans. */
	public String html(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		Matcher m = kept.matcher(text);
		int at = 0;
		while (m.find()) {
			out.append(HtmlUtils.htmlEscape(text.substring(at, m.start()), "UTF-8")).append(span(m.group()));
			at = m.end();
		}
		return out.append(HtmlUtils.htmlEscape(text.substring(at), "UTF-8")).toString();
	}

	/** The whole text in one no-wrap span. */
	public String span(String text) {
		return "<span class=\"nw\">" + HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8") + "</span>";
	}

	/** The groups of words (a unit's name, {@link #groups}), each on one line, joined by spaces that may break. */
	public String groups(List<String> groups) {
		return groups.stream().map(this::span).collect(Collectors.joining(" "));
	}

	/**
	 * A unit's name as the groups of words that stay on one line: broken only before a unit word ("Bộ Chỉ huy Bộ
	 * đội Biên phòng tỉnh Quảng Trị" → "Bộ Chỉ huy", "Bộ đội Biên phòng", "tỉnh Quảng Trị").
	 */
	public static List<String> groups(String name) {
		List<String> groups = new ArrayList<>();
		for (String g : UNIT_WORD.split(name.strip())) {
			if (!g.isBlank()) {
				groups.add(g.strip());
			}
		}
		return groups;
	}

	/** Upper case as Vietnamese writes it ("Đồn Biên phòng Ra Mai" → "ĐỒN BIÊN PHÒNG RA MAI"). */
	public static String upper(String text) {
		return text.toUpperCase(PartyDocuments.VIETNAMESE);
	}

}
