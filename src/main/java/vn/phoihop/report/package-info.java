/**
 * Period reports (page, XLSX, CSV, PDF): SQL aggregates over a unit's communes with their predecessors; the
 * completeness and timeliness of the monthly reports (the due dates of the deadline module). Reads the
 * activity log through its {@code totals} interface; nothing depends on this module.
 */
@ApplicationModule(displayName = "Reports",
		allowedDependencies = { "shared", "audit", "territory", "agreement", "deadline", "activity :: totals" })
package vn.phoihop.report;

import org.springframework.modulith.ApplicationModule;
