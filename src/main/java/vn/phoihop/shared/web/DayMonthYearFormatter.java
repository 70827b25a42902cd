package vn.phoihop.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A {@code LocalDate} of a form or a query string: read as {@link DateText#parseDate} reads it (dd/MM/yyyy, and the
 * ISO form links and bookmarks use), printed dd/MM/yyyy whatever the language. Registered by {@link WebConfig} twice:
 * for plain {@code LocalDate} fields and, as {@link Annotations}, for fields annotated {@code @DateTimeFormat}.
 * Spring's conversion service tries the converters of a source and target type last-registered first, so these,
 * added after Spring Boot's own ({@code WebConversionService}), take precedence over its
 * {@code Jsr310DateTimeFormatAnnotationFormatterFactory}: a form class's {@code @DateTimeFormat(pattern =
 * "yyyy-MM-dd")} no longer decides how its dates are typed or shown. A value that is no date fails as a type
 * mismatch ({@code typeMismatch.java.time.LocalDate}: the message next to the field, what was typed kept).
 */
public final class DayMonthYearFormatter implements Formatter<LocalDate> {

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		try {
			return DateText.parseDate(text);
		}
		catch (DateTimeParseException ex) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return DateText.DAY.format(date);
	}

	/** The same formatter for every field annotated {@code @DateTimeFormat} whose type is {@code LocalDate}. */
	public static final class Annotations implements AnnotationFormatterFactory<DateTimeFormat> {

		private final DayMonthYearFormatter formatter = new DayMonthYearFormatter();

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(LocalDate.class);
		}

		@Override
		public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
			return formatter;
		}

		@Override
		public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
			return formatter;
		}

	}

}
