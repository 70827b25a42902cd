/**
 * Provinces, communes (and their merges), villages, border posts and the communes they cover; the scope of what a
 * user may see (docs/design.md §2, §4).
 */
@ApplicationModule(displayName = "Territory", allowedDependencies = { "shared", "audit" })
package vn.phoihop.territory;

import org.springframework.modulith.ApplicationModule;
