/**
 * Mail: {@link vn.phoihop.mail.Mail#send} sends a plain-text message over the SMTP server of {@code spring.mail.*},
 * or keeps it for the administrator ({@code /admin/mail}) in evaluation mode and wherever no SMTP server is
 * configured. The one type other modules use is {@link vn.phoihop.mail.Mail}.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = "shared")
package vn.phoihop.mail;

import org.springframework.modulith.ApplicationModule;
