package vn.phoihop.deadline;

import java.time.YearMonth;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The reports a post expects, as SQL for set-based readers (the reminder run, the completeness report): a
 * {@code with recursive} query whose last part, {@code expected (post_id, commune_id, month, report_due,
 * conclusion_due)}, holds one row per post, month and commune that must send the post its report of that month, with
 * the month's due dates. The communes are today's (a commune merged since is counted in the one it was merged into,
 * as the review counts it), covered by the post at some day of the month. Callers append their own
 * {@code , name as (...)} parts and their {@code select}.
 */
public final class ExpectedReports {

	private ExpectedReports() {
	}

	/**
	 * The query's {@code with} part for the posts that {@code postCondition} (on {@code pc.post_id}) selects and the
	 * months from {@code :first} to {@code :last} ({@link #months}).
	 */
	public static String with(String postCondition) {
		return """
				with recursive successor (commune_id, current_id) as (
				    select c.id, c.id from commune c where c.merged_into_id is null
				    union all
				    select c.id, s.current_id from commune c join successor s on c.merged_into_id = s.commune_id),
				months (month) as (
				    select cast(m as date) from generate_series(cast(:first as date), cast(:last as date),
				                                                 interval '1 month') m),
				covered (post_id, commune_id, month) as (
				    select distinct pc.post_id, s.current_id, m.month
				    from post_coverage pc
				    join successor s on s.commune_id = pc.commune_id
				    join months m on pc.valid_from < m.month + interval '1 month'
				                 and (pc.valid_to is null or pc.valid_to >= m.month)
				    where %s),
				expected (post_id, commune_id, month, report_due, conclusion_due) as (
				    select v.post_id, v.commune_id, v.month,
				           cast(v.month + interval '1 month' + make_interval(days => coalesce(d.report_day, %d) - 1) as date),
				           cast(v.month + interval '1 month' + make_interval(days => coalesce(d.conclusion_day, %d) - 1) as date)
				    from covered v left join post_deadline d on d.post_id = v.post_id)
				""".formatted(postCondition, DueDays.DEFAULT.report(), DueDays.DEFAULT.conclusion());
	}

	/** Sets {@code :first} and {@code :last}, the first days of the first and last months. */
	public static MapSqlParameterSource months(MapSqlParameterSource params, YearMonth first, YearMonth last) {
		return params.addValue("first", first.atDay(1)).addValue("last", last.atDay(1));
	}

}
