package vn.phoihop.agreement;

/**
 * What the activity log counts over a set of activities: the one value type of every such figure (the log's totals,
 * a month's figures in a review, an agreement's actual figures, a period report's totals). Each name means one thing
 * wherever it appears: {@code activities} is every activity, {@code outreachSessions} the outreach sessions among
 * them. It lives next to {@link Target.Metric}, the figures a target measures; the activity module computes it.
 */
public record ActivityCounts(long activities, long outreachSessions, long attendees, long patrols, long inspections,
		long borderGuard, long militia, long police, long resident, long other, long householdVisits,
		long economicSupport, long meetings, long foreignAffairs) {

	public static final ActivityCounts ZERO = new ActivityCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	/** Participant-times of every force (patrols and inspections). */
	public long participants() {
		return borderGuard + militia + police + resident + other;
	}

	public long patrolsAndInspections() {
		return patrols + inspections;
	}

	/**
	 * The figure a target measures: 0 for a metric that is not a figure of the activity log (see
	 * {@link Target.Metric#fromActivityLog()}), which a caller shows as not measured here.
	 */
	public long of(Target.Metric metric) {
		return switch (metric) {
			case ACTIVITIES -> activities;
			case OUTREACH_SESSIONS -> outreachSessions;
			case ATTENDEES -> attendees;
			case PATROLS -> patrols;
			case PARTICIPANTS -> participants();
			case NONE, HOUSEHOLDS_ESCAPED -> 0;
		};
	}

	public ActivityCounts plus(ActivityCounts o) {
		return new ActivityCounts(activities + o.activities, outreachSessions + o.outreachSessions,
				attendees + o.attendees, patrols + o.patrols, inspections + o.inspections, borderGuard + o.borderGuard,
				militia + o.militia, police + o.police, resident + o.resident, other + o.other,
				householdVisits + o.householdVisits, economicSupport + o.economicSupport, meetings + o.meetings,
				foreignAffairs + o.foreignAffairs);
	}

	public static ActivityCounts sum(Iterable<ActivityCounts> counts) {
		ActivityCounts total = ZERO;
		for (ActivityCounts c : counts) {
			total = total.plus(c);
		}
		return total;
	}

}
