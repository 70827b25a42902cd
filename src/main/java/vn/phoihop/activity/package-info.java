/**
 * The activity log: logging and editing activities, the log's pages, totals and CSV, attachments. Other modules
 * reach it through two named interfaces only: {@code month} (the month lock and the month's figures, for the
 * monthly review) and {@code totals} (the monthly totals' SQL, for reports). It reads the plans' open items (the
 * plan module's {@code items}) for the planned item an activity is carried out under, and fills that module's port
 * {@code PlanActivities}.
 */
@ApplicationModule(displayName = "Activities", allowedDependencies = { "shared", "audit", "territory", "account", "agreement", "reference",
		"plan :: items" })
package vn.phoihop.activity;

import org.springframework.modulith.ApplicationModule;
