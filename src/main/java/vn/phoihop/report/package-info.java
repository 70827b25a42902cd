/**
 * Period reports (page, XLSX, CSV, PDF): SQL aggregates over a unit's communes with their predecessors. Reads the
 * activity log through its {@code totals} interface; nothing depends on this module.
 */
@ApplicationModule(displayName = "Reports",
		allowedDependencies = { "shared", "audit", "territory", "agreement", "activity :: totals", "programme",
			"household" })
package vn.phoihop.report;

import org.springframework.modulith.ApplicationModule;
