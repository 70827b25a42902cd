package vn.phoihop.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.agreement.Target;

/**
 * The figures of one period report; every number comes from a GROUP BY in PostgreSQL. {@code situation}: the
 * security situation and the markers' inspections ({@link SituationSection}). {@code byType}: the activities by type,
 * label key → count, every type of the reference data in its order (a type added in {@code /admin/reference} too).
 */
public record PeriodReport(String unitLabel, LocalDate from, LocalDate to, List<String> communeLabels, ActivityCounts totals,
		List<Row> byCommune, List<Row> byContentArea, List<GroupRow> groups, Population population,
		Poverty poverty, Models models, List<TargetRow> targets, SituationSection.Situation situation,
		Map<String, Long> byType) {

	/** One line of a breakdown: a commune, or a content area (key = its code, label filled by the page). */
	public record Row(String key, String label, ActivityCounts totals) {
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

	/**
	 * A target against the period: the agreement's value per year or per its whole period, the period's share of it
	 * as a whole number to do ({@link TargetShare}), and the result (null: no figure measures it, followed by hand).
	 */
	public record TargetRow(String agreement, String contentArea, String indicator, String metric,
			BigDecimal agreementTarget, Target.Per per, BigDecimal periodTarget, String unit, Long actual) {

		public boolean met() {
			return actual != null && BigDecimal.valueOf(actual).compareTo(periodTarget) >= 0;
		}

	}

}
