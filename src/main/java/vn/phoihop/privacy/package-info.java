/**
 * Personal data under Law 91/2025/QH15 and Decree 356/2025/ND-CP (docs/privacy.md): the access log (who opened or
 * exported households' personal data, {@code /privacy/access-log}), fed by the household module's
 * {@code PersonalDataAccessed} events in the reader's transaction; the residents' privacy notice
 * ({@code /privacy/notice}); the requests of the people concerned ({@code request}) and the retention purge
 * ({@code retention}). Its API: {@link RequestsOverdue} (the dashboard's overdue requests).
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "shared", "audit", "territory", "household" })
package vn.phoihop.privacy;

import org.springframework.modulith.ApplicationModule;
