package vn.phoihop.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Dates and months as Vietnamese read them, dd/MM/yyyy and MM/yyyy, for the pages ({@code ${@fmt.date(d)}},
 * {@code ${@fmt.month(m)}}) and for what users type. What is typed is read leniently: day, month and year separated
 * by "/", ".", "-" or a space (a phone's numeric keypad often has no "/"), eight digits in a row (ddMMyyyy), or the ISO
 * form yyyy-MM-dd that bookmarks, query strings and links built by the application use. URLs keep the ISO forms
 * (yyyy-MM-dd, yyyy-MM); only what a person reads or types is dd/MM/yyyy.
 */
@Component("fmt")
public class DateText {

	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");

	/**
	 * The HTML {@code pattern} of a date field: the forms {@link #parseDate} reads. Written for the {@code v} flag
	 * browsers compile it with (no "/" or "-" inside a character class).
	 */
	public static final String DATE_PATTERN = " *([0-9]{1,2}(/|[.]|-| )[0-9]{1,2}(/|[.]|-| )[0-9]{4}|[0-9]{8}"
			+ "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}) *";

	/** The HTML {@code pattern} of a month field: MM/yyyy (or M/yyyy, "." "-" or a space between), or yyyy-MM. */
	public static final String MONTH_PATTERN = " *([0-9]{1,2}(/|[.]|-| )[0-9]{4}|[0-9]{4}-[0-9]{1,2}) *";

	private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4})");

	private static final Pattern DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern MY = Pattern.compile("(\\d{1,2})[/.\\- ](\\d{4})");

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	/** dd/MM/yyyy; empty for no date. */
	public String date(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	/** MM/yyyy; empty for no month. */
	public String month(YearMonth month) {
		return month == null ? "" : MONTH.format(month);
	}

	/** A month kept as its ISO text ("2026-11", as the dashboard's figures key them) as MM/yyyy. */
	public String month(String isoMonth) {
		return isoMonth == null ? "" : month(YearMonth.parse(isoMonth));
	}

	/**
	 * What a date field shows for a date, or for a value that arrived as text (a query string's ISO date, or what the user typed):
	 * dd/MM/yyyy when it is a date, otherwise exactly what was typed, so the user can correct it.
	 */
	public String typed(Object value) {
		if (value == null || value instanceof LocalDate) {
			return date((LocalDate) value);
		}
		try {
			return date(parseDate(value.toString()));
		}
		catch (DateTimeException ex) {
			return value.toString();
		}
	}

	public String datePattern() {
		return DATE_PATTERN;
	}

	public String monthPattern() {
		return MONTH_PATTERN;
	}

	/**
	 * A date typed by a person or written in a URL (the forms of {@link #DATE_PATTERN}).
	 * @throws DateTimeParseException when it is not one, or not a real day (31/02/2026)
	 */
	public static LocalDate parseDate(String text) {
		String t = text == null ? "" : text.strip();
		try {
			Matcher m = DMY.matcher(t);
			if (m.matches() || (m = DIGITS.matcher(t)).matches()) {
				return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(1)));
			}
			m = ISO.matcher(t);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
		}
		catch (DateTimeException ex) {
			throw new DateTimeParseException("not a day: " + t, t, 0, ex);
		}
		throw new DateTimeParseException("not a date: " + t, t, 0);
	}

	/**
	 * A month typed as MM/yyyy or written in a URL as yyyy-MM.
	 * @throws DateTimeParseException when it is neither
	 */
	public static YearMonth parseMonth(String text) {
		String t = text == null ? "" : text.strip();
		try {
			Matcher m = MY.matcher(t);
			if (m.matches()) {
				return YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
			}
			m = ISO_MONTH.matcher(t);
			if (m.matches()) {
				return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			}
		}
		catch (DateTimeException ex) {
			throw new DateTimeParseException("not a month: " + t, t, 0, ex);
		}
		throw new DateTimeParseException("not a month: " + t, t, 0);
	}

}
