package vn.phoihop.situation;

import java.time.LocalDate;

/**
 * An item was added to the register, or changed, with its severity after the change: published in the write's
 * transaction for other modules (the notifications tell the commander of an urgent item at once).
 * {@code restricted}: only the commander and the author read its content.
 */
public record SituationItemRecorded(long itemId, long communeId, LocalDate occurredOn, Severity severity,
		boolean restricted) {

	/** Whether the item is of the highest severity. */
	public boolean highest() {
		return severity == Severity.values()[Severity.values().length - 1];
	}

}
