/**
 * Personal data under Law 91/2025/QH15 (docs/privacy.md): the access log (who opened or exported households' personal
 * data, {@code /privacy/access-log}), fed by the household module's {@code PersonalDataAccessed} events in the
 * reader's transaction, and the residents' privacy notice ({@code /privacy/notice}). Nothing depends on this module.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "shared", "audit", "territory", "household" })
package vn.phoihop.privacy;

import org.springframework.modulith.ApplicationModule;
