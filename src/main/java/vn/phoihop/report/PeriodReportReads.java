package vn.phoihop.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.plan.PlanCompletion;
import vn.phoihop.shared.security.CurrentUser;

/**
 * Everything a period report shows, read in one read-only transaction: the report's figures
 * ({@link ReportService#periodReport}), the plans' completion and the programmes' tables. Three transactions were
 * three connections taken from the pool and three pairs of BEGIN and COMMIT per view (docs/performance.md, "Period
 * report"). The order matters: the report's statements are planned once per connection from its second statement on
 * (ReportService's generic plans, which last until the transaction ends); the programmes' statement, read after it,
 * is too (its planning cost as much as its execution), while the plans' completion, whose statement has no good
 * generic plan (three times slower with one), is read first.
 */
@Service
@Transactional(readOnly = true)
class PeriodReportReads {

	/** The parts of one report; {@code plans} is {@code null} when not asked for. */
	record Parts(PeriodReport report, PlanCompletion.Table plans, List<ReportFiles.Table> programmes) {
	}

	private final ReportService reports;

	private final ReportUnits units;

	private final PlanCompletion plans;

	private final ProgrammeSection programmes;

	PeriodReportReads(ReportService reports, ReportUnits units, PlanCompletion plans, ProgrammeSection programmes) {
		this.reports = reports;
		this.units = units;
		this.plans = plans;
		this.programmes = programmes;
	}

	Parts read(CurrentUser user, ReportService.Query q, boolean withPlans, Locale locale) {
		Set<Long> communes = units.communesOf(user, q);
		// the plans' completion over the report's unit and period (docs/design.md §16), a section of its own
		PlanCompletion.Table completion = withPlans ? plans.ofCommunes(communes, q.from(), q.to(), q.agreement())
				: null;
		PeriodReport report = reports.periodReport(user, q);
		List<ReportFiles.Table> more = programmes.tables(communes, q.from(), q.to(), locale);
		return new Parts(report, completion, more);
	}

}
