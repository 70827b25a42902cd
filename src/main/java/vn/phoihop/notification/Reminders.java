package vn.phoihop.notification;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;

import vn.phoihop.deadline.ExpectedReports;

/**
 * The day's reminders, for the whole country in four statements, each storing in the app every reminder it finds
 * ({@link InAppChannel#storeAll}; one stored already is not stored again, so a run repeated the same day, or the next
 * day after a failure, tells no one twice):
 * <ul>
 * <li>a commune's report of a month not sent yet (never: a report sent then returned counts as sent, and was told
 * of by its return), due within {@link #SOON_DAYS} days, due today, or overdue — each once per commune, post and
 * month, to the commune's officials; not for a month already concluded;</li>
 * <li>a month not concluded yet, due within {@link #SOON_DAYS} days or overdue, to the post's commanders;</li>
 * <li>an open task due within {@link #SOON_DAYS} days or overdue, to the person linked to its cadre;</li>
 * <li>an active agreement ending within {@link #AGREEMENT_DAYS} days, to the post's commanders and the officials of
 * its communes (or of the communes they were merged into).</li>
 * </ul>
 * Overdue reminders look back {@link #OVERDUE_DAYS} days, so that a run missed for a few days still sends them, but
 * the months of long ago are not announced again to a new account.
 */
@Service
public class Reminders {

	public static final int SOON_DAYS = 3;

	public static final int OVERDUE_DAYS = 31;

	public static final int AGREEMENT_DAYS = 60;

	/** How many reminders a run stored, by group. */
	public record Run(int reports, int conclusions, int tasks, int agreements) {

		public int total() {
			return reports + conclusions + tasks + agreements;
		}

	}

	private static final String WINDOW = " between cast(:today as date) - :overdue and cast(:today as date) + :soon";

	private static final String REPORTS = ExpectedReports.with("true") + """
			select u.id as user_id,
			       case when e.report_due > :today then 'REPORT_DUE_SOON'
			            when e.report_due = :today then 'REPORT_DUE_TODAY' else 'REPORT_OVERDUE' end as kind,
			       'commune:' || e.commune_id as subject,
			       to_char(e.month, 'YYYY-MM') || '@' || e.post_id as period,
			       '/reviews/' || p.code || '/' || to_char(e.month, 'YYYY-MM') || '/submissions/' || e.commune_id as link,
			       cast(array[to_char(e.month, 'MM/YYYY'), c.name, p.name, to_char(e.report_due, 'DD/MM/YYYY')]
			            as text[]) as args
			from expected e
			join border_post p on p.id = e.post_id
			join commune c on c.id = e.commune_id
			join app_user u on u.enabled and u.role = 'COMMUNE_OFFICIAL' and u.commune_id = e.commune_id
			left join monthly_review r on r.post_id = e.post_id and r.month = e.month
			left join commune_submission s on s.review_id = r.id and s.commune_id = e.commune_id
			where e.report_due""" + WINDOW + """

			  and s.first_submitted_at is null and coalesce(r.status, 'OPEN') = 'OPEN'
			""";

	private static final String CONCLUSIONS = ExpectedReports.with("true") + """
			select u.id as user_id,
			       case when e.conclusion_due >= :today then 'CONCLUSION_DUE_SOON' else 'CONCLUSION_OVERDUE' end as kind,
			       'post:' || e.post_id as subject, to_char(e.month, 'YYYY-MM') as period,
			       '/reviews/' || p.code || '/' || to_char(e.month, 'YYYY-MM') as link,
			       cast(array[to_char(e.month, 'MM/YYYY'), p.name, to_char(e.conclusion_due, 'DD/MM/YYYY')] as text[])
			            as args
			from (select distinct post_id, month, conclusion_due from expected) e
			join border_post p on p.id = e.post_id
			join app_user u on u.enabled and u.role = 'COMMANDER' and u.post_id = e.post_id
			left join monthly_review r on r.post_id = e.post_id and r.month = e.month
			where e.conclusion_due""" + WINDOW + """

			  and coalesce(r.edition, 0) = 0
			""";

	private static final String TASKS = """
			select u.id as user_id,
			       case when t.due_date >= :today then 'TASK_DUE_SOON' else 'TASK_OVERDUE' end as kind,
			       'task:' || t.id as subject, to_char(t.due_date, 'YYYY-MM-DD') as period, '/tasks' as link,
			       cast(array[left(t.description, 200), to_char(t.due_date, 'DD/MM/YYYY')] as text[]) as args
			from review_task t
			join cadre c on c.id = t.cadre_id
			join app_user u on u.id = c.user_id and u.enabled
			where t.status = 'OPEN' and t.due_date""" + WINDOW;

	private static final String AGREEMENTS = """
			with recursive ending (id) as (
			    select a.id from agreement a
			    where a.status = 'ACTIVE' and a.valid_to between :today and cast(:today as date) + :agreementDays),
			reach (agreement_id, commune_id) as (
			    select ac.agreement_id, ac.commune_id from agreement_commune ac join ending x on x.id = ac.agreement_id
			    union
			    select r.agreement_id, c.merged_into_id from reach r join commune c on c.id = r.commune_id
			    where c.merged_into_id is not null)
			select u.id as user_id, 'AGREEMENT_ENDING' as kind, 'agreement:' || a.id as subject,
			       to_char(a.valid_to, 'YYYY-MM-DD') as period, '/agreements/' || a.id as link,
			       cast(array[a.number, a.title, to_char(a.valid_to, 'DD/MM/YYYY')] as text[]) as args
			from ending x join agreement a on a.id = x.id
			join app_user u on u.enabled and ((u.role = 'COMMANDER' and u.post_id = a.post_id)
			    or (u.role = 'COMMUNE_OFFICIAL'
			        and u.commune_id in (select r.commune_id from reach r where r.agreement_id = a.id)))
			""";

	private final InAppChannel inApp;

	Reminders(InAppChannel inApp) {
		this.inApp = inApp;
	}

	/** Stores the reminders of the day; each group in its own transaction. */
	public Run run(LocalDate today) {
		MapSqlParameterSource p = ExpectedReports.months(new MapSqlParameterSource(),
				YearMonth.from(today).minusMonths(2), YearMonth.from(today))
			.addValue("today", today)
			.addValue("soon", SOON_DAYS)
			.addValue("overdue", OVERDUE_DAYS)
			.addValue("agreementDays", AGREEMENT_DAYS);
		return new Run(inApp.storeAll(REPORTS, p), inApp.storeAll(CONCLUSIONS, p), inApp.storeAll(TASKS, p),
				inApp.storeAll(AGREEMENTS, p));
	}

}
