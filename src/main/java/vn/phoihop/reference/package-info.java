/**
 * Reference data (issue 24 §6, docs/architecture.md "Reference data as rows"): the activity types, the content
 * areas, the target metrics, the situation register's categories and the programme kinds, as rows with Vietnamese and
 * English labels, an order and an active flag, administered by the administrator at {@code /admin/reference}. Its API:
 * {@link vn.phoihop.reference.ReferenceData} (the rows, cached, and their labels as messages),
 * {@link vn.phoihop.reference.ReferenceRows} (the rows for the value types {@code ActivityType} and
 * {@code ContentArea}, which are not beans), {@link vn.phoihop.reference.ReferenceKind} and
 * {@link vn.phoihop.reference.ReferenceValue}. It knows no module but shared and audit: the tables of the
 * categories and kinds belong to their modules, which read them themselves; this module only edits their rows.
 */
@ApplicationModule(displayName = "Reference data", allowedDependencies = { "shared", "audit" })
package vn.phoihop.reference;

import org.springframework.modulith.ApplicationModule;
