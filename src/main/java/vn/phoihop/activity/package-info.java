/**
 * The activity log: logging and editing activities, the log's pages, totals and CSV, attachments. Other modules
 * reach it through two named interfaces only: {@code month} (the month lock and the month's figures, for the
 * monthly review) and {@code totals} (the monthly totals' SQL, for reports).
 */
@ApplicationModule(displayName = "Activities", allowedDependencies = { "shared", "audit", "territory", "account", "agreement" })
package vn.phoihop.activity;

import org.springframework.modulith.ApplicationModule;
