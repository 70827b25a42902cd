package vn.phoihop.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The figures of one period report; every number comes from a GROUP BY in PostgreSQL. */
public record PeriodReport(String unitLabel, LocalDate from, LocalDate to, List<String> communeLabels, Totals totals,
		List<Row> byCommune, List<Row> byContentArea, List<GroupRow> groups, Population population,
		Poverty poverty, Models models, List<TargetRow> targets) {

	/** Activity figures: sessions and attendees of outreach; patrols/inspections and participants by force. */
	public record Totals(long activities, long outreachSessions, long attendees, long patrols, long inspections,
			long participants, long borderGuard, long militia, long police, long resident, long other,
			long householdVisits, long economicSupport, long meetings, long foreignAffairs) {

		public long patrolsAndInspections() {
			return patrols + inspections;
		}

		static Totals sum(List<Row> rows) {
			long[] t = new long[15];
			for (Row r : rows) {
				Totals x = r.totals();
				long[] v = { x.activities, x.outreachSessions, x.attendees, x.patrols, x.inspections, x.participants,
						x.borderGuard, x.militia, x.police, x.resident, x.other, x.householdVisits, x.economicSupport,
						x.meetings, x.foreignAffairs };
				for (int i = 0; i < v.length; i++) {
					t[i] += v[i];
				}
			}
			return new Totals(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12], t[13],
					t[14]);
		}

	}

	/** One line of a breakdown: a commune, or a content area (key = its code, label filled by the page). */
	public record Row(String key, String label, Totals totals) {
	}

	public record GroupRow(String type, long groups, long members, long memberHouseholds, long persons) {
	}

	public record Population(long households, long persons, List<PopulationRow> byCommune) {
	}

	public record PopulationRow(String commune, long households, long persons) {
	}

	public record Poverty(int startYear, long poorAtStart, long nearPoorAtStart, int endYear, long poorAtEnd,
			long nearPoorAtEnd, long escapedInPeriod) {
	}

	public record Models(long models, long households, List<String> names) {
	}

	public record TargetRow(String agreement, String contentArea, String indicator, String metric,
			BigDecimal target, String unit, long actual) {

		public boolean met() {
			return target != null && BigDecimal.valueOf(actual).compareTo(target) >= 0;
		}

	}

}
