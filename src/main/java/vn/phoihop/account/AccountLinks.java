package vn.phoihop.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.phoihop.mail.Mail;
import vn.phoihop.shared.db.RunMode;

/**
 * The address links sent by mail start with: {@code app.base-url} (APP_BASE_URL, e.g. https://phoihop.example.vn),
 * or, when it is not set, the address the request came to. A request's Host header is chosen by whoever sends it, so
 * a reset link built from it could point elsewhere: production with an SMTP server refuses to start without
 * APP_BASE_URL. Without one (evaluation, or mail only kept for the administrator) the request's address is used.
 */
@Component
class AccountLinks {

	private final String baseUrl;

	AccountLinks(@Value("${app.base-url:}") String baseUrl, Environment environment, Mail mail) {
		this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
		if (this.baseUrl == null && RunMode.of(environment) == RunMode.PRODUCTION && mail.delivers()) {
			throw new IllegalStateException("APP_BASE_URL is not set: links sent by mail (password resets, address "
					+ "confirmations) must start with the application's public address, e.g. "
					+ "APP_BASE_URL=https://phoihop.example.vn");
		}
	}

	/** The base of links for mail sent while answering the current request. */
	String base() {
		return baseUrl != null ? baseUrl : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
