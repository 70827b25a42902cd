package vn.phoihop.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.territory.TerritoryService;

/**
 * A user's work calendar as an iCalendar feed, in Vietnamese whatever their language: the planned items of the
 * approved plans they read, from two months back to twelve months ahead (the nearest {@value #LIMIT}). An item of a
 * day is an all-day event on that day; an item of the whole month spans the month. Each event keeps the item's id as
 * its UID and its version as its SEQUENCE, so a phone updates it rather than adding it again.
 */
@Component
class CalendarFeed {

	static final int LIMIT = 1000;

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final CalendarItems items;

	private final TerritoryService territory;

	private final MessageSource messages;

	CalendarFeed(CalendarItems items, TerritoryService territory, MessageSource messages) {
		this.items = items;
		this.territory = territory;
		this.messages = messages;
	}

	/** The feed's text; {@code baseUrl}: the application's address, for each event's link. */
	String write(CurrentUser owner, String baseUrl) {
		YearMonth now = YearMonth.now();
		List<CalendarItems.Row> rows = items.window(owner, now.minusMonths(2), now.plusMonths(12), LIMIT);
		Map<Long, String> communes = territory.communeLabels();
		Map<Long, String> posts = territory.postNames();
		ICalendar ics = new ICalendar().raw("BEGIN", "VCALENDAR")
			.raw("VERSION", "2.0")
			.raw("PRODID", "-//Phoi hop//Lich cong tac//VI")
			.raw("CALSCALE", "GREGORIAN")
			.raw("METHOD", "PUBLISH")
			.text("X-WR-CALNAME", m("plan.feed.name") + " – " + owner.fullName())
			.raw("X-WR-TIMEZONE", "Asia/Ho_Chi_Minh");
		for (CalendarItems.Row r : rows) {
			LocalDate start = r.plannedOn() != null ? r.plannedOn() : r.yearMonth().atDay(1);
			LocalDate end = r.plannedOn() != null ? r.plannedOn().plusDays(1) : r.yearMonth().plusMonths(1).atDay(1);
			String commune = communes.getOrDefault(r.communeId(), "");
			StringBuilder description = new StringBuilder();
			if (r.plannedOn() == null) {
				description.append(m("plan.feed.wholeMonth", DateText.MONTH.format(r.yearMonth()))).append('\n');
			}
			if (r.content() != null) {
				description.append(r.content()).append('\n');
			}
			description.append(m("plan.item.contentArea")).append(": ").append(m(r.contentArea().labelKey())).append('\n')
				.append(m("plan.item.lead")).append(": ")
				.append(r.ledBy() == Lead.POST ? posts.getOrDefault(r.postId(), m(r.ledBy().labelKey()))
						: m("plan.feed.communeLeads", commune))
				.append('\n');
			if (r.expectedParticipants() != null) {
				description.append(m("plan.item.expectedParticipants")).append(": ").append(r.expectedParticipants())
					.append('\n');
			}
			description.append(m("plan.item.status")).append(": ").append(m(r.status().labelKey()));
			ics.raw("BEGIN", "VEVENT")
				.raw("UID", "planned-item-" + r.id() + "@phoihop")
				.stamp("DTSTAMP", r.updatedAt())
				.date("DTSTART", start)
				.date("DTEND", end)
				.raw("SEQUENCE", String.valueOf(r.version()))
				.text("SUMMARY", r.title())
				.text("LOCATION", r.place() == null ? commune : r.place() + ", " + commune)
				.text("DESCRIPTION", description.toString())
				.raw("URL", baseUrl + "/plans/" + r.planId() + "/items/" + r.id())
				.raw("TRANSP", "TRANSPARENT")
				.raw("END", "VEVENT");
		}
		return ics.raw("END", "VCALENDAR").toString();
	}

	private String m(String key, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, VI);
	}

}
