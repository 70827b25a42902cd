package vn.phoihop.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;

/**
 * A sign-in whose password was right and whose second step is not done yet, kept in the session (Spring Session
 * JDBC) under {@link #ATTRIBUTE}. Until it is done the session holds no authentication: Spring Security sees an
 * anonymous visitor, so every page but the second step's sends to the sign-in page. It lasts {@link #LIFETIME}.
 * For an enrolment the new secret is kept sealed ({@link SecretBox}), never in clear, in the session row.
 */
record PendingSignIn(long userId, String username, TwoFactor.Step step, Instant startedAt, String sealedSecret)
		implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = "phoihop.pendingSignIn";

	static final Duration LIFETIME = Duration.ofMinutes(10);

	PendingSignIn withSealedSecret(String sealed) {
		return new PendingSignIn(userId, username, step, startedAt, sealed);
	}

	boolean expired() {
		return startedAt.plus(LIFETIME).isBefore(Instant.now());
	}

	/** The session's pending sign-in of the step given, if it has one that has not expired. */
	static PendingSignIn of(HttpSession session, TwoFactor.Step step) {
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn p && p.step() == step
				&& !p.expired()) {
			return p;
		}
		return null;
	}

}
