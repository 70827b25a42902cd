package vn.phoihop.agreement;

/**
 * The households that escaped poverty in some years: the one definition of {@link Target.Metric#HOUSEHOLDS_ESCAPED}
 * (an agreement's progress, a period report's targets) and of the period report's summary line "households that
 * escaped poverty in the period", so a target and the summary cannot count different things. A household counts in
 * the year its record says it escaped poverty ({@code household.escaped_poverty_year}, kept with its poverty history
 * by the household module) unless it is archived. It is SQL on the household module's table, written here next to
 * the metric because the agreement and the report modules both count it and neither depends on the household module
 * (the activity log's counts live here for the same reason: {@link ActivityCounts}).
 */
public final class EscapedHouseholds {

	private EscapedHouseholds() {
	}

	/**
	 * The SQL condition that the household aliased {@code h} escaped poverty in a year from {@code fromYear} to
	 * {@code toYear}, both SQL expressions (parameters or columns).
	 */
	public static String escapedBetween(String h, String fromYear, String toYear) {
		return "not " + h + ".archived and " + h + ".escaped_poverty_year between " + fromYear + " and " + toYear;
	}

}
