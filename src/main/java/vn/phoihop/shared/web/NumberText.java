package vn.phoihop.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whole numbers with the reader's digit grouping ("12.345" in Vietnamese, "12,345" in English), for the pages:
 * {@code ${@num.i(x)}}. It replaced {@code #numbers.formatInteger(x, 1, 'DEFAULT')}, which built a new
 * {@code DecimalFormat} (locale data, symbols, pattern) for every number: a seventh of the rendering CPU of a page
 * full of figures (docs/performance.md). Same output: grouping separator of the request's locale, no decimals
 * (rounded half-even), empty for no value.
 */
@Component("num")
public class NumberText {

	private final Map<Locale, Character> separators = new ConcurrentHashMap<>();

	public String i(Number n) {
		if (n == null) {
			return "";
		}
		long v;
		if (n instanceof BigDecimal d) {
			v = d.setScale(0, RoundingMode.HALF_EVEN).longValue();
		}
		else if (n instanceof Double || n instanceof Float) {
			v = BigDecimal.valueOf(n.doubleValue()).setScale(0, RoundingMode.HALF_EVEN).longValue();
		}
		else if (n instanceof BigInteger b) {
			v = b.longValue();
		}
		else {
			v = n.longValue();
		}
		return group(v, separators.computeIfAbsent(LocaleContextHolder.getLocale(),
				l -> DecimalFormatSymbols.getInstance(l).getGroupingSeparator()));
	}

	/**
	 * A quantity with up to two decimals and none shown when whole ("2,5" ha, "1.200" cây in Vietnamese; "2.5",
	 * "1,200" in English): the whole part grouped as {@link #i}, the decimals after the locale's decimal separator.
	 */
	public String d(Number n) {
		if (n == null) {
			return "";
		}
		BigDecimal v = (n instanceof BigDecimal b ? b : new BigDecimal(n.toString())).setScale(2, RoundingMode.HALF_EVEN)
			.stripTrailingZeros();
		if (v.scale() <= 0) {
			return i(v);
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale());
		String fraction = v.abs().remainder(BigDecimal.ONE).toPlainString().substring(2);
		long whole = v.abs().longValue();
		return (v.signum() < 0 ? "-" : "") + group(whole, symbols.getGroupingSeparator()) + symbols.getDecimalSeparator()
				+ fraction;
	}

	static String group(long v, char separator) {
		String digits = Long.toString(Math.abs(v));
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
		if (v < 0) {
			out.append('-');
		}
		int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		out.append(digits, 0, first);
		for (int i = first; i < digits.length(); i += 3) {
			out.append(separator).append(digits, i, i + 3);
		}
		return out.toString();
	}

}
