package vn.phoihop.situation;

import java.util.EnumSet;
import java.util.Set;

/**
 * An item's follow-up status: new, being followed, handled, or passed to the competent authority. Handled and passed
 * on close the item; a closed item can be followed again (something new came up), never go back to new.
 */
public enum FollowUp {

	NEW, FOLLOWING, HANDLED, PASSED_ON;

	public boolean isOpen() {
		return this == NEW || this == FOLLOWING;
	}

	/** The statuses an item in this status may move to. */
	public Set<FollowUp> next() {
		return switch (this) {
			case NEW -> EnumSet.of(FOLLOWING, HANDLED, PASSED_ON);
			case FOLLOWING -> EnumSet.of(HANDLED, PASSED_ON);
			case HANDLED, PASSED_ON -> EnumSet.of(FOLLOWING);
		};
	}

	public String labelKey() {
		return "situation.status." + name();
	}

}
