/**
 * Due dates of the monthly review (docs/design.md §14): the day of the following month by which each post's communes
 * send their month's report and the day by which the commander concludes it, set by the commander
 * ({@code /settings/deadlines}); {@link vn.phoihop.deadline.Deadlines} gives them to the pages, and
 * {@link vn.phoihop.deadline.ExpectedReports} the reports each post expects per month to the reminders and the
 * completeness report.
 */
@ApplicationModule(displayName = "Due dates", allowedDependencies = { "shared", "audit", "territory" })
package vn.phoihop.deadline;

import org.springframework.modulith.ApplicationModule;
