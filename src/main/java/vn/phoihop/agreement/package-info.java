/**
 * Coordination agreements (Quy chế phối hợp): parties, period, content areas, targets, signed scans; and what a
 * target measures ({@code ActivityCounts}), which the activity module computes through the {@code ActualFigures}
 * port.
 */
@ApplicationModule(displayName = "Agreements", allowedDependencies = { "shared", "audit", "territory", "document", "reference" })
package vn.phoihop.agreement;

import org.springframework.modulith.ApplicationModule;
