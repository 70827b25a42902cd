package vn.phoihop.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links sent by mail (a password reset, an address confirmation): 256 random bits in the link, only their
 * SHA-256 in {@code account_token}; each one used once before it expires. Issuing one removes the user's earlier
 * links of the same kind and every link expired for more than a day.
 */
@Component
class AccountTokens {

	enum Purpose {
		PASSWORD_RESET, EMAIL_CONFIRM
	}

	/** A valid link's row. */
	record Token(long id, long userId, String email) {
	}

	private final JdbcTemplate jdbc;

	private final SecureRandom random = new SecureRandom();

	AccountTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new link's token (to put in the link; never stored as such). */
	@Transactional(propagation = Propagation.MANDATORY)
	String issue(long userId, Purpose purpose, String email, Duration validFor) {
		jdbc.update("delete from account_token where (user_id = ? and purpose = ?) or expires_at < now() - interval '1 day'",
				userId, purpose.name());
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.update("insert into account_token (user_id, purpose, token_hash, email, expires_at) values (?, ?, ?, ?, ?)",
				userId, purpose.name(), hash(token), email, Timestamp.from(Instant.now().plus(validFor)));
		return token;
	}

	/** Whether a link of this kind was issued to the user within the last interval (to refuse a flood of mail). */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean issuedWithin(long userId, Purpose purpose, Duration interval) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists (select 1 from account_token where user_id = ? and purpose = ? and used_at is null
				  and created_at > ?)""", Boolean.class, userId, purpose.name(),
				Timestamp.from(Instant.now().minus(interval))));
	}

	/** The link's row when it is valid (of this kind, not used, not expired), without using it. */
	@Transactional(readOnly = true)
	Optional<Token> peek(Purpose purpose, String token) {
		return find(purpose, token, false);
	}

	/** Uses the link: its row when it was valid, now used (the row is locked until the caller's transaction ends). */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Token> use(Purpose purpose, String token) {
		Optional<Token> found = find(purpose, token, true);
		found.ifPresent(t -> jdbc.update("update account_token set used_at = now() where id = ?", t.id()));
		return found;
	}

	/** The latest valid link of this kind of the user (an address waiting for its confirmation). */
	@Transactional(readOnly = true)
	Optional<Token> pending(long userId, Purpose purpose) {
		return jdbc.query("""
				select id, user_id, email from account_token where user_id = ? and purpose = ? and used_at is null
				  and expires_at > now() order by created_at desc limit 1""",
				(rs, i) -> new Token(rs.getLong(1), rs.getLong(2), rs.getString(3)), userId, purpose.name())
			.stream()
			.findFirst();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void dropAll(long userId, Purpose purpose) {
		jdbc.update("delete from account_token where user_id = ? and purpose = ?", userId, purpose.name());
	}

	private Optional<Token> find(Purpose purpose, String token, boolean lock) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.query("""
				select id, user_id, email from account_token where token_hash = ? and purpose = ? and used_at is null
				  and expires_at > now()""" + (lock ? " for update" : ""),
				(rs, i) -> new Token(rs.getLong(1), rs.getLong(2), rs.getString(3)), hash(token), purpose.name())
			.stream()
			.findFirst();
	}

	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
