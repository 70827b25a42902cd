/**
 * Users, sign-in (with its second step), the security configuration and the first administrator; a user's own
 * account (password, e-mail address, two-step sign-in) and the forgotten password; {@code /login}, {@code /me},
 * {@code /password}, {@code /admin/users}.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared", "audit", "territory", "mail" })
package vn.phoihop.account;

import org.springframework.modulith.ApplicationModule;
