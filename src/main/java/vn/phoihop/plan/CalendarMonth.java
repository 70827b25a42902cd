package vn.phoihop.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.TerritoryService;

/**
 * A month of a unit's calendar: its days from the Monday before the first to the Sunday after the last, each with its
 * planned items (approved plans) and at most {@value #PER_DAY} of its activities and how many more there are; the
 * items of the whole month apart. The page draws it as a grid on a computer and as a list of the days that hold
 * something on a phone; the number of links stays bounded however busy the month.
 */
@Component
class CalendarMonth {

	static final int PER_DAY = 4;

	/**
	 * One entry: a planned item ({@code item}) or an activity; {@code labelKey} its status or type, {@code badge} the
	 * badge's colour, {@code until} the day an activity ends when it lasts several days, {@code where} its commune on
	 * a whole post's calendar (null on a commune's).
	 */
	record Entry(boolean item, String href, String title, String labelKey, String badge, boolean draft,
			LocalDate until, String where) {
	}

	/** A day: {@code inMonth} false for the days that only fill the first and last weeks. */
	record Day(LocalDate date, boolean inMonth, boolean today, List<Entry> entries, int more, String moreHref) {

		public boolean empty() {
			return entries.isEmpty();
		}

	}

	record Grid(YearMonth month, List<Day> days, List<Entry> wholeMonth, int items, int activities) {

		public boolean empty() {
			return items == 0 && activities == 0;
		}

	}

	private final CalendarItems items;

	private final ObjectProvider<PlanActivities> activities;

	private final TerritoryService territory;

	CalendarMonth(CalendarItems items, ObjectProvider<PlanActivities> activities, TerritoryService territory) {
		this.items = items;
		this.activities = activities;
		this.territory = territory;
	}

	Grid of(CurrentUser user, CalendarUnits.Unit unit, YearMonth month) {
		boolean none = unit.communeIds().isEmpty();
		// a post's items are its plans' (in the chosen commune only, when one is); an official's, those of the commune
		boolean post = unit.postId() != null;
		List<CalendarItems.Row> rows = none && !post ? List.of()
				: items.month(user, unit.postId(), post && unit.commune() == null ? null : unit.communeIds(), month);
		PlanActivities port = activities.getIfAvailable();
		// the provincial command never opens an activity record (docs/design.md §6): the plan's items only
		List<PlanActivities.Entry> logged = none || port == null || user.is(Role.VIEWER) ? List.of()
				: port.inMonth(unit.communeIds(), month, PER_DAY);
		// the communes' names (the territory's cache) when a whole post's month is shown
		Map<Long, String> where = post && unit.commune() == null ? territory.communeLabels() : Map.of();
		Map<LocalDate, List<Entry>> byDay = new HashMap<>();
		List<Entry> wholeMonth = new ArrayList<>();
		for (CalendarItems.Row r : rows) {
			Entry e = new Entry(true, "/plans/" + r.planId() + "/items/" + r.id(), r.title(), r.status().labelKey(),
					r.status().badge(), false, null, where.get(r.communeId()));
			if (r.plannedOn() == null) {
				wholeMonth.add(e);
			}
			else {
				byDay.computeIfAbsent(r.plannedOn(), d -> new ArrayList<>()).add(e);
			}
		}
		Map<LocalDate, Integer> totals = new HashMap<>();
		for (PlanActivities.Entry a : logged) {
			byDay.computeIfAbsent(a.date(), d -> new ArrayList<>()).add(new Entry(false, "/activities/" + a.id(),
					a.title(), a.typeKey(), "text-bg-light", !a.submitted(),
					a.dateTo() != null && a.dateTo().isAfter(a.date()) ? a.dateTo() : null, where.get(a.communeId())));
			totals.put(a.date(), a.dayTotal());
		}
		LocalDate today = LocalDate.now();
		LocalDate first = month.atDay(1).with(DayOfWeek.MONDAY);
		LocalDate last = month.atEndOfMonth().with(DayOfWeek.SUNDAY);
		List<Day> days = new ArrayList<>();
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			boolean in = YearMonth.from(d).equals(month);
			List<Entry> entries = in ? byDay.getOrDefault(d, List.of()) : List.of();
			long shown = entries.stream().filter(e -> !e.item()).count();
			int more = in ? Math.max(0, totals.getOrDefault(d, 0) - (int) shown) : 0;
			String moreHref = more == 0 ? null : "/activities?from=" + d + "&to=" + d
					+ (unit.commune() != null ? "&communeId=" + unit.commune().getId() : "");
			days.add(new Day(d, in, d.equals(today), entries, more, moreHref));
		}
		return new Grid(month, days, wholeMonth, rows.size(), totals.values().stream().mapToInt(Integer::intValue).sum());
	}

}
