package vn.phoihop.border;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A marker with its last inspection, as the segment's page and schematic show it: the condition found, how many days
 * ago, and whether it is overdue (never inspected, or last inspected longer ago than the post's period).
 */
public record MarkerState(BorderMarker marker, MarkerInspection last, Long ageDays, boolean overdue) {

	static MarkerState of(BorderMarker marker, MarkerInspection last, LocalDate today, int periodDays) {
		Long age = last == null ? null : ChronoUnit.DAYS.between(last.getInspectedOn(), today);
		return new MarkerState(marker, last, age, age == null || age > periodDays);
	}

	/** The colour class of its condition: never inspected, intact, needs clearing, damaged or displaced. */
	public String tone() {
		if (last == null) {
			return "never";
		}
		return switch (last.getCondition()) {
			case INTACT -> "intact";
			case NEEDS_CLEARING -> "clearing";
			case DAMAGED, DISPLACED -> "bad";
		};
	}

}
