package vn.phoihop.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * iCalendar text (RFC 5545): content lines ended by CRLF and folded so that no line is longer than 75 octets of UTF-8
 * (a continuation starts with one space; a character is never cut), TEXT values escaped (backslash, semicolon,
 * comma, line breaks), all-day dates as {@code VALUE=DATE}, time stamps in UTC.
 */
final class ICalendar {

	static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder(4096);

	/** A property whose value is written as given (already in its type's form). */
	ICalendar raw(String name, String value) {
		fold(name + ":" + value);
		return this;
	}

	/** A TEXT property: its value escaped; nothing written for no value. */
	ICalendar text(String name, String value) {
		if (value != null && !value.isBlank()) {
			fold(name + ":" + escape(value));
		}
		return this;
	}

	/** An all-day date ({@code DTSTART;VALUE=DATE:20261215}). */
	ICalendar date(String name, LocalDate day) {
		fold(name + ";VALUE=DATE:" + DATE.format(day));
		return this;
	}

	/** A UTC date-time ({@code DTSTAMP:20261206T015500Z}). */
	ICalendar stamp(String name, Instant at) {
		fold(name + ":" + STAMP.format(at));
		return this;
	}

	/** Backslash, semicolon and comma escaped, line breaks as {@code \n}, other control characters dropped. */
	static String escape(String value) {
		StringBuilder s = new StringBuilder(value.length() + 16);
		String text = value.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> s.append("\\\\");
				case ';' -> s.append("\\;");
				case ',' -> s.append("\\,");
				case '\n' -> s.append("\\n");
				default -> {
					if (c >= 0x20 && c != 0x7f) {
						s.append(c);
					}
				}
			}
		}
		return s.toString();
	}

	/** Writes the line folded at 75 octets, never inside a character's UTF-8 bytes. */
	private void fold(String line) {
		int octets = 0;
		int i = 0;
		while (i < line.length()) {
			int cp = line.codePointAt(i);
			int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // its UTF-8 octets
			if (octets + size > MAX_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}

	@Override
	public String toString() {
		return out.toString();
	}

}
