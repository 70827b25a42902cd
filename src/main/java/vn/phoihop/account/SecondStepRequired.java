package vn.phoihop.account;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/**
 * Thrown by the sign-in's authentication provider after a right password when a second step is needed: the form
 * login then fails (no authentication is stored in the session), and its failure handler keeps the
 * {@link PendingSignIn} and sends to the second step.
 */
class SecondStepRequired extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient PendingSignIn pending;

	SecondStepRequired(PendingSignIn pending) {
		super("second step required");
		this.pending = pending;
	}

	PendingSignIn pending() {
		return pending;
	}

}
