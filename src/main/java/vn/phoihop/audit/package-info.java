/** The audit trail: every change and export, written in the writer's transaction; {@code /audit}. */
@ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package vn.phoihop.audit;

import org.springframework.modulith.ApplicationModule;
