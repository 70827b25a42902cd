/**
 * The security and order situation register (docs/design.md §11): items of information the post and the communes
 * exchange, with category (reference data), source, severity, what was done and a dated follow-up history;
 * restricted items; the month's counts for other modules ({@link vn.phoihop.situation.SituationFigures}).
 */
@ApplicationModule(displayName = "Situation register",
		allowedDependencies = { "shared", "audit", "territory", "account", "border",
			"activity :: patrol", "reference" })
package vn.phoihop.situation;

import org.springframework.modulith.ApplicationModule;
