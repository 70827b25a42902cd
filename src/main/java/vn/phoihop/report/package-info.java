/**
 * Period reports (page, XLSX, CSV, PDF): SQL aggregates over a unit's communes with their predecessors; the
 * completeness and timeliness of the monthly reports (the due dates of the deadline module). Reads the activity log
 * through its {@code totals} interface, the situation register and the markers through their figures
 * ({@code SituationFigures}, {@code MarkerCoverage}), the plans' completion through {@code completion}; nothing
 * depends on this module.
 */
@ApplicationModule(displayName = "Reports",
		allowedDependencies = { "shared", "audit", "territory", "agreement", "situation", "border", "deadline",
			"activity :: totals", "document", "plan :: completion", "programme", "household" })
package vn.phoihop.report;

import org.springframework.modulith.ApplicationModule;
