/** Users, sign-in, the security configuration and the first administrator; {@code /login}, {@code /admin/users}. */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared", "audit", "territory" })
package vn.phoihop.account;

import org.springframework.modulith.ApplicationModule;
