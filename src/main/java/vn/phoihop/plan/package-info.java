/**
 * Yearly coordination plans and the work calendar (docs/design.md §16): a plan per agreement and year with its planned
 * items month by month, approved by the post's commander; how each item went (done, partly done, not done with the
 * reason); the month's calendar of planned items and logged activities, and each user's iCalendar feed. Other
 * modules reach it through two named interfaces: {@code items} (the open items an activity may be linked to, and the
 * port {@link vn.phoihop.plan.PlanActivities} the activity module fills) and {@code completion} (the plan's completion
 * per content area and commune, for the monthly review and the period report).
 */
@ApplicationModule(displayName = "Coordination plans",
		allowedDependencies = { "shared", "audit", "territory", "agreement", "account" })
package vn.phoihop.plan;

import org.springframework.modulith.ApplicationModule;
