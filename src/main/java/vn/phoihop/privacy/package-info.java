/**
 * Personal data under Law 91/2025/QH15 and Decree 356/2025/ND-CP (docs/privacy.md): the requests of the people
 * concerned ({@code request}) and the retention purge ({@code retention}). Its API: {@link RequestsOverdue} (the
 * dashboard's overdue requests).
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "shared", "audit", "territory", "household" })
package vn.phoihop.privacy;

import org.springframework.modulith.ApplicationModule;
