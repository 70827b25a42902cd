package vn.phoihop.review;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;

/**
 * The month's figures of one commune (a current commune; its predecessors' records count in it) and content area:
 * sessions (outreach), attendees, patrols, participant-times by force, household visits, economic support.
 */
public record Figure(Long communeId, ContentArea contentArea, long activities, long sessions, long attendees,
		long patrols, long borderGuard, long militia, long police, long resident, long other, long householdVisits,
		long economicSupport) {

	public long participants() {
		return borderGuard + militia + police + resident + other;
	}

	public long of(Target.Metric metric) {
		return switch (metric) {
			case ACTIVITIES -> activities;
			case OUTREACH_SESSIONS -> sessions;
			case ATTENDEES -> attendees;
			case PATROLS -> patrols;
			case PARTICIPANTS -> participants();
			case NONE -> 0;
		};
	}

	Figure plus(Figure o) {
		return new Figure(communeId, contentArea, activities + o.activities, sessions + o.sessions,
				attendees + o.attendees, patrols + o.patrols, borderGuard + o.borderGuard, militia + o.militia,
				police + o.police, resident + o.resident, other + o.other, householdVisits + o.householdVisits,
				economicSupport + o.economicSupport);
	}

	/** The sum of figures (e.g. a commune's row over all content areas, or the post's total). */
	static Figure sum(Long communeId, java.util.Collection<Figure> figures) {
		Figure total = zero(communeId, null);
		for (Figure f : figures) {
			total = total.plus(f);
		}
		return new Figure(communeId, null, total.activities, total.sessions, total.attendees, total.patrols,
				total.borderGuard, total.militia, total.police, total.resident, total.other, total.householdVisits,
				total.economicSupport);
	}

	static Figure zero(Long communeId, ContentArea area) {
		return new Figure(communeId, area, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

}
