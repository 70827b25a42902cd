package vn.phoihop.account;

import java.beans.PropertyEditorSupport;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.web.bind.WebDataBinder;

import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * The rules every new password follows, whoever sets it (the administrator, the user, a reset link): at least
 * {@value #MIN} characters (as the first administrator's already had to), at most 72 bytes (bcrypt reads no further,
 * and Spring Security refuses more), and not containing the username.
 */
final class PasswordRules {

	static final int MIN = 12;

	static final int MAX_BYTES = 72;

	private PasswordRules() {
	}

	/** Refuses a password that breaks a rule, with the message for the field given. */
	static void check(String field, String password, String username) {
		if (password == null || password.length() < MIN) {
			throw new BusinessRuleException(field, "account.password.short", MIN);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new BusinessRuleException(field, "account.password.long", MAX_BYTES);
		}
		if (username != null && username.length() >= 3
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new BusinessRuleException(field, "account.password.username");
		}
	}

	/**
	 * Binds the password fields as typed: the application's String converter strips and NFC-normalises every form
	 * value (WebConfig.clean), while the sign-in form reads the password as sent; a password set through a form with a
	 * leading space or in decomposed Vietnamese could then never be typed again. A field's own editor takes precedence
	 * over the conversion service.
	 */
	static void keepAsTyped(WebDataBinder binder, String... fields) {
		for (String field : fields) {
			binder.registerCustomEditor(String.class, field, new PropertyEditorSupport() {
				@Override
				public void setAsText(String text) {
					setValue(text == null || text.isEmpty() ? null : text);
				}
			});
		}
	}

}
