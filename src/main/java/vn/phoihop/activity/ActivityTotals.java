package vn.phoihop.activity;

/** The filtered totals shown above the log (one SQL aggregate). */
public record ActivityTotals(long sessions, long outreach, long attendees, long patrols, long inspections,
		long borderGuard, long militia, long police, long resident, long otherForce) {

	public ActivityTotals(Long sessions, Long outreach, Long attendees, Long patrols, Long inspections,
			Long borderGuard, Long militia, Long police, Long resident, Long otherForce) {
		this(n(sessions), n(outreach), n(attendees), n(patrols), n(inspections), n(borderGuard), n(militia), n(police),
				n(resident), n(otherForce));
	}

	private static long n(Long l) {
		return l == null ? 0 : l;
	}

	public long participants() {
		return borderGuard + militia + police + resident + otherForce;
	}

}
