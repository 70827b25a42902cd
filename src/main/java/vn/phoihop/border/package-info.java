/**
 * The border line and its markers (docs/design.md §12): each post's segment with its markers in order, their
 * inspections and the condition found, the markers not inspected for longer than the period the commander sets,
 * and the segment's schematic drawn on the server. Other modules name a marker through {@link vn.phoihop.border.Markers}.
 */
@ApplicationModule(displayName = "Border markers",
		allowedDependencies = { "shared", "audit", "territory", "household" })
package vn.phoihop.border;

import org.springframework.modulith.ApplicationModule;
