package vn.phoihop.agreement;

import java.util.Map;

/**
 * The actual figures of an agreement so far, per content area, computed by the activity module (which depends on
 * this one, so it implements this port rather than being called directly).
 */
public interface ActualFigures {

	record Figures(long activities, long outreachSessions, long attendees, long patrols, long participants) {

		public static final Figures ZERO = new Figures(0, 0, 0, 0, 0);

		public long of(Target.Metric metric) {
			return switch (metric) {
				case ACTIVITIES -> activities;
				case OUTREACH_SESSIONS -> outreachSessions;
				case ATTENDEES -> attendees;
				case PATROLS -> patrols;
				case PARTICIPANTS -> participants;
				case NONE -> 0;
			};
		}

	}

	Map<ContentArea, Figures> byContentArea(Long agreementId);

}
