/**
 * The signed-in user's home page: their unit, what waits for them (the review module's {@code WaitingForYou}) and the
 * dashboard's figures; the privacy module's overdue requests of the people concerned ({@code RequestsOverdue}); the
 * commander's security card (the situation register's {@code SituationFigures}, the border's
 * {@code MarkerCoverage}). It does not read the report module: both are leaves that read the others and that nothing
 * depends on.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = { "shared", "territory", "agreement", "review", "privacy",
		"situation", "border" })
package vn.phoihop.dashboard;

import org.springframework.modulith.ApplicationModule;
