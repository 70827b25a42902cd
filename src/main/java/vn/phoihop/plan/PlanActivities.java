package vn.phoihop.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * What the plans read of the activity log, filled by the activity module (it depends on this one for the items an
 * activity is linked to, so the arrow cannot point back): the activities linked to planned items, and a month's
 * activities for the calendar. The caller has cut the communes to the reader's scope.
 */
@NamedInterface("items")
public interface PlanActivities {

	/**
	 * An activity as the plans show it: its day (and last day), type's message key, title, commune, whether it is
	 * submitted, the item it is linked to; {@code dayTotal}: how many activities the calendar's query found that day.
	 */
	record Entry(Long id, LocalDate date, LocalDate dateTo, String typeKey, String title, Long communeId,
			boolean submitted, Long plannedItemId, int dayTotal) {
	}

	/** The number of activities linked to each of these items (items without any are absent). */
	Map<Long, Integer> countsByItem(Collection<Long> itemIds);

	/** The activities linked to the item, oldest first; {@code communeIds} null: wherever they are. */
	List<Entry> linkedTo(Long itemId, Collection<Long> communeIds);

	/** The month's activities of these communes, at most {@code perDay} a day (the first logged), by day. */
	List<Entry> inMonth(Collection<Long> communeIds, YearMonth month, int perDay);

}
