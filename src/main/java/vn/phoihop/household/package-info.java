/**
 * The population: households (personal data, docs/design.md §6) with their poverty history, cadres and their
 * assignments, self-managed groups, economic models, the import and the population summary.
 */
@ApplicationModule(displayName = "Households", allowedDependencies = { "shared", "audit", "territory" })
package vn.phoihop.household;

import org.springframework.modulith.ApplicationModule;
