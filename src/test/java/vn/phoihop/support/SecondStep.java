package vn.phoihop.support;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The second step of a sign-in, as a user with an authenticator app does it: the demo administrator and commander
 * are enrolled with the secret README.md gives ({@link #DEMO_SECRET}, demo.DemoData), and the tests' sign-in helpers
 * (Sessions, HttpSession, BrowserTest) type the code of the current 30-second step.
 * <p>
 * A code is accepted once (account.TwoFactor keeps the step of the last code accepted), and the tests sign the same
 * user in many times within one step: {@link #allowNextCode} forgets that step first, as if the user had waited for
 * the next code. It touches nothing else; the tests of the rule itself (TwoFactorTest) do not call it.
 */
public final class SecondStep {

	public static final String DEMO_SECRET = "PHOIHOPDEMOHAIBUOCXACTHUCTOTPKEY";

	private SecondStep() {
	}

	/** The code an authenticator app shows now for the secret. */
	public static String code(String secret) {
		return code(secret, Instant.now().getEpochSecond() / 30);
	}

	/** The code of a given 30-second step. */
	public static String code(String secret, long step) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Forgets the step of the user's last accepted code (see above), in the database the user signs in to. */
	public static void allowNextCode(JdbcTemplate jdbc, String username) {
		jdbc.update("update two_factor set last_step = null "
				+ "where user_id = (select id from app_user where lower(username) = lower(?))", username);
	}

}
