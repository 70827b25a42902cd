/**
 * Period reports (page, XLSX, CSV, PDF): SQL aggregates over a unit's communes with their predecessors. Reads the
 * activity log through its {@code totals} interface and the plans' completion through {@code completion}; nothing
 * depends on this module.
 */
@ApplicationModule(displayName = "Reports",
		allowedDependencies = { "shared", "audit", "territory", "agreement", "activity :: totals",
			"plan :: completion" })
package vn.phoihop.report;

import org.springframework.modulith.ApplicationModule;
