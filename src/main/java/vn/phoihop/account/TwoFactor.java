package vn.phoihop.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.Role;

/**
 * Two-step sign-in: a time-based one-time code (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps; any authenticator
 * app) after the password, or one of ten one-time recovery codes. Required for the roles of
 * {@code app.security.two-factor-roles} (administrators and commanders), offered to the others. The shared secret is
 * stored encrypted ({@link SecretBox}); recovery codes only as their SHA-256. A code is accepted for its own step and
 * the steps either side (a phone's clock a little off), and once only: the step of the last accepted code is kept, and
 * an earlier or equal step is refused. Every change is audited on the account; no secret or code is ever written to the
 * audit trail or the log.
 */
@Service
@Transactional
public class TwoFactor {

	/** What a sign-in needs after a right password. */
	enum Step {
		NONE, CODE, ENROL
	}

	/** The answer to a code typed at sign-in. */
	enum Check {
		CODE, RECOVERY_CODE, USED, WRONG;

		boolean ok() {
			return this == CODE || this == RECOVERY_CODE;
		}
	}

	record Status(boolean enrolled, Instant since, int recoveryCodesLeft, boolean required) {
	}

	/** What the set-up page shows: the secret in groups of four, and the QR code of its otpauth:// address. */
	record Setup(String grouped, String qrDataUri) {
	}

	static final int PERIOD = 30;

	static final int RECOVERY_CODES = 10;

	private static final String ISSUER = "Phối hợp";

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final JdbcTemplate jdbc;

	private final SecretBox box;

	private final AppUserRepository users;

	private final AuditService audit;

	private final UserSessions sessions;

	private final Set<Role> requiredRoles;

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	private final SecureRandom random = new SecureRandom();

	TwoFactor(JdbcTemplate jdbc, SecretBox box, AppUserRepository users, AuditService audit, UserSessions sessions,
			@Value("${app.security.two-factor-roles:ADMIN,COMMANDER}") List<Role> requiredRoles) {
		this.jdbc = jdbc;
		this.box = box;
		this.users = users;
		this.audit = audit;
		this.sessions = sessions;
		this.requiredRoles = requiredRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requiredRoles);
	}

	boolean requiredFor(Role role) {
		return requiredRoles.contains(role);
	}

	@Transactional(readOnly = true)
	Status status(AppUser user) {
		List<Instant> since = jdbc.query("select enrolled_at from two_factor where user_id = ?",
				(rs, i) -> rs.getTimestamp(1).toInstant(), user.getId());
		return new Status(!since.isEmpty(), since.isEmpty() ? null : since.get(0), recoveryCodesLeft(user.getId()),
				requiredFor(user.getRole()));
	}

	@Transactional(readOnly = true)
	Step stepAfterPassword(Long userId, Role role) {
		boolean enrolled = Boolean.TRUE.equals(
				jdbc.queryForObject("select exists (select 1 from two_factor where user_id = ?)", Boolean.class, userId));
		return enrolled ? Step.CODE : requiredFor(role) ? Step.ENROL : Step.NONE;
	}

	/** A new random secret (160 bits, base32), not stored until a code made from it is typed. */
	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	Setup setup(String secret, String username) {
		QrData data = new QrData.Builder().label(username)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD)
			.build();
		ZxingPngQrGenerator png = new ZxingPngQrGenerator();
		png.setImageSize(240);
		try {
			return new Setup(String.join(" ", secret.split("(?<=\\G.{4})")),
					Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("QR code", ex);
		}
	}

	/**
	 * Enrols the user with a secret they have just added to their app, proven by a code made from it; returns the new
	 * recovery codes (shown once). Refused with a message on the field {@code code} when the code is not right.
	 */
	List<String> enrol(AppUser user, String secret, String code) {
		long step = matchingStep(secret, normalised(code), null);
		if (step < 0) {
			throw new BusinessRuleException("code", "twofactor.code.wrong");
		}
		jdbc.update("""
				insert into two_factor (user_id, secret, last_step) values (?, ?, ?)
				on conflict (user_id) do update set secret = excluded.secret, last_step = excluded.last_step,
				  enrolled_at = now()""", user.getId(), box.seal(secret), step);
		List<String> recovery = replaceRecoveryCodes(user.getId());
		audit.record("TWO_FACTOR_ENROL", user, null, null, null);
		return recovery;
	}

	/** The demo accounts' enrolment with a secret written in the README (no code to check, no recovery codes). */
	public void enrolKnown(String username, String secret) {
		AppUser user = users.findByUsername(username).orElseThrow(NotFoundException::new);
		jdbc.update("insert into two_factor (user_id, secret) values (?, ?)", user.getId(), box.seal(secret));
		audit.record("TWO_FACTOR_ENROL", user, null, null, null);
	}

	/**
	 * Checks a code typed at sign-in (or to confirm a change): a code from the app, accepted once, or an unused
	 * recovery code, then used. The user's row is locked, so two requests cannot both use one code.
	 */
	Check check(long userId, String typed) {
		String input = normalised(typed);
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select secret, last_step from two_factor where user_id = ? for update", userId);
		if (rows.isEmpty() || input.isEmpty()) {
			return Check.WRONG;
		}
		if (input.matches("\\d{6}")) {
			Long last = (Long) rows.get(0).get("last_step");
			String secret = box.open((String) rows.get(0).get("secret"));
			long step = matchingStep(secret, input, last);
			if (step >= 0) {
				jdbc.update("update two_factor set last_step = ? where user_id = ?", step, userId);
				return Check.CODE;
			}
			return last != null && matchingStep(secret, input, null) >= 0 ? Check.USED : Check.WRONG;
		}
		int used = jdbc.update("update recovery_code set used_at = now() where user_id = ? and code_hash = ? "
				+ "and used_at is null", userId, AccountTokens.hash(input));
		return used > 0 ? Check.RECOVERY_CODE : Check.WRONG;
	}

	/** Audits the use of a recovery code at sign-in (once the user is signed in, so the event names them). */
	void recoveryCodeUsed(long userId) {
		AppUser user = users.findById(userId).orElseThrow(NotFoundException::new);
		audit.record("RECOVERY_CODE_USED", user, null, null, Map.of("recoveryCodesLeft", recoveryCodesLeft(userId)));
	}

	@Transactional(readOnly = true)
	int recoveryCodesLeft(long userId) {
		Integer n = jdbc.queryForObject("select count(*) from recovery_code where user_id = ? and used_at is null",
				Integer.class, userId);
		return n == null ? 0 : n;
	}

	/** New recovery codes (the old ones stop working), after a code proves the user still has their app. */
	List<String> newRecoveryCodes(AppUser user, String code) {
		requireCode(user, code);
		List<String> recovery = replaceRecoveryCodes(user.getId());
		audit.record("RECOVERY_CODES_NEW", user, null, null, null);
		return recovery;
	}

	/** Turns two-step sign-in off, for a role that does not require it, after a code from the app. */
	void disable(AppUser user, String code) {
		if (requiredFor(user.getRole())) {
			throw new BusinessRuleException(null, "twofactor.required");
		}
		requireCode(user, code);
		forget(user.getId());
		audit.record("TWO_FACTOR_DISABLE", user, null, null, null);
	}

	/**
	 * The administrator's reset (a lost phone): the secret and the recovery codes are deleted and the user's sessions
	 * end; where the role requires it, the next sign-in asks for a new enrolment.
	 */
	void reset(long userId, Integer version) {
		AppUser user = users.findById(userId).orElseThrow(NotFoundException::new);
		user.checkVersion(version);
		forget(userId);
		int ended = sessions.endAllBut(user.getUsername(), null);
		audit.record("TWO_FACTOR_RESET", user, null, null, Map.of("sessionsEnded", ended));
	}

	private void requireCode(AppUser user, String code) {
		if (!check(user.getId(), code).ok()) {
			throw new BusinessRuleException("code", "twofactor.code.wrong");
		}
	}

	private void forget(long userId) {
		jdbc.update("delete from recovery_code where user_id = ?", userId);
		jdbc.update("delete from two_factor where user_id = ?", userId);
	}

	private List<String> replaceRecoveryCodes(long userId) {
		jdbc.update("delete from recovery_code where user_id = ?", userId);
		List<String> shown = new ArrayList<>();
		for (int n = 0; n < RECOVERY_CODES; n++) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 16; i++) {
				code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			jdbc.update("insert into recovery_code (user_id, code_hash) values (?, ?)", userId,
					AccountTokens.hash(code.toString()));
			shown.add(String.join("-", code.toString().split("(?<=\\G.{4})")));
		}
		return shown;
	}

	/** The step (now, or one either side) whose code is the one typed and later than {@code after}; -1 if none. */
	private long matchingStep(String secret, String code, Long after) {
		if (!code.matches("\\d{6}")) {
			return -1;
		}
		long now = Instant.now().getEpochSecond() / PERIOD;
		long found = -1;
		for (long step = now - 1; step <= now + 1; step++) {
			if ((after == null || step > after) && MessageDigest.isEqual(generate(secret, step), code.getBytes())) {
				found = step;
			}
		}
		return found;
	}

	private byte[] generate(String secret, long step) {
		try {
			return codes.generate(secret, step).getBytes();
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A typed code without spaces or dashes, lower case (recovery codes are shown in groups). */
	static String normalised(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

}
