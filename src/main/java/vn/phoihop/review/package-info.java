/**
 * The monthly review (docs/design.md §5): communes' reports, the commander's conclusions, targets and tasks, the
 * conclusion and its frozen figures, the printed conclusion; the month's security situation and marker inspection
 * coverage, read from the situation register ({@code SituationFigures}, {@code SituationItems}) and the border
 * ({@code MarkerCoverage}), neither of which knows the review. It reads the activity log only through its
 * {@code month} interface (the month lock and the month's figures).
 */
@ApplicationModule(displayName = "Monthly reviews",
		allowedDependencies = { "shared", "audit", "territory", "agreement", "household", "account", "document",
				"situation", "border", "activity :: month" })
package vn.phoihop.review;

import org.springframework.modulith.ApplicationModule;
