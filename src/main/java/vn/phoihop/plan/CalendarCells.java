package vn.phoihop.plan;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.web.Cells;
import vn.phoihop.shared.web.DateText;

/**
 * A calendar day's content ({@code plan/calendar.html}) written in Java and inserted with {@code th:utext}: its date
 * as a phone and a computer show it, its entries with their status or type, and the link to the rest of a busy day.
 * A month is about 35 days and 100 entries of five to eight expressions each, which were nine tenths of the page's
 * time (docs/performance.md, "Cells"). The same HTML the template wrote; every text escaped here, every link under
 * the application's context path as {@code @{…}} wrote it.
 */
@Component("calendarCells")
public class CalendarCells {

	private final MessageSource messages;

	private final DateText fmt;

	CalendarCells(MessageSource messages, DateText fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	/** The inside of a day of the month's {@code <li>}: the date, then the entries. */
	public String day(CalendarMonth.Day d, Locale locale) {
		StringBuilder out = new StringBuilder(256 + 256 * d.entries().size());
		String date = Cells.text(m("plan.weekday." + d.date().getDayOfWeek(), locale) + ", " + fmt.date(d.date()));
		out.append("<div class=\"calendar-date\"><span class=\"visually-hidden\">").append(date)
			.append("</span> <span class=\"d-md-none\" aria-hidden=\"true\">").append(date)
			.append("</span> <span class=\"d-none d-md-inline\" aria-hidden=\"true\">").append(d.date().getDayOfMonth())
			.append("</span></div><ul class=\"list-unstyled tap-list mb-0\">");
		for (CalendarMonth.Entry e : d.entries()) {
			entry(out, e, locale);
		}
		if (d.more() > 0) {
			out.append("<li><a class=\"small\" href=\"").append(Cells.href(d.moreHref())).append("\">")
				.append(Cells.text(m("plan.calendar.more", locale, d.more()))).append("</a></li>");
		}
		return out.append("</ul>").toString();
	}

	private void entry(StringBuilder out, CalendarMonth.Entry e, Locale locale) {
		String label = m(e.labelKey(), locale);
		out.append("<li class=\"calendar-entry ").append(e.item() ? "calendar-item" : "calendar-activity")
			.append("\"><a href=\"").append(Cells.href(e.href())).append("\">");
		if (e.item()) {
			out.append("<span class=\"visually-hidden\">").append(Cells.text(m("plan.calendar.itemPrefix", locale)))
				.append("</span> ");
		}
		out.append("<span>").append(Cells.text(e.title() != null ? e.title() : label)).append("</span></a>");
		// a space between the inline parts, as the template's line breaks gave (without it the title and the type
		// run together in the grid)
		if (e.item()) {
			out.append(" <span class=\"badge ").append(Cells.text(e.badge())).append("\">").append(Cells.text(label))
				.append("</span>");
		}
		else {
			out.append(" <span class=\"small text-muted\">").append(Cells.text(label)).append("</span>");
		}
		if (e.draft()) {
			out.append(" <span class=\"badge text-bg-light\">").append(Cells.text(m("plan.calendar.draft", locale)))
				.append("</span>");
		}
		if (e.until() != null) {
			out.append(" <span class=\"small text-muted\">")
				.append(Cells.text(m("plan.calendar.until", locale, fmt.date(e.until())))).append("</span>");
		}
		if (e.where() != null) {
			out.append(" <span class=\"small text-muted d-block\">").append(Cells.text(e.where())).append("</span>");
		}
		out.append("</li>");
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
