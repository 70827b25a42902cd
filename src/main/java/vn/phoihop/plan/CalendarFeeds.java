package vn.phoihop.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AccountService;
import vn.phoihop.account.AppUser;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.security.CurrentUser;

/**
 * Each user's secret link to their calendar feed: 256 random bits in the link, only their SHA-256 in
 * {@code calendar_feed}, so the link is shown once, when it is made. A new link replaces the old one; revoking deletes
 * it, and the old link then answers 404. Making and revoking are audited on the account.
 */
@Service
@Transactional
class CalendarFeeds {

	static final String CREATE = "CALENDAR_FEED_CREATE";

	static final String REVOKE = "CALENDAR_FEED_REVOKE";

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final AuditService audit;

	private final SecureRandom random = new SecureRandom();

	CalendarFeeds(JdbcTemplate jdbc, AccountService accounts, AuditService audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** When the user's link was made, if they have one. */
	@Transactional(readOnly = true)
	Optional<Instant> madeAt(CurrentUser user) {
		return jdbc.query("select created_at from calendar_feed where user_id = ?",
				(rs, i) -> rs.getTimestamp(1).toInstant(), user.id()).stream().findFirst();
	}

	/** A new link's token for the user (the earlier link stops working). */
	String make(CurrentUser user) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.update("""
				insert into calendar_feed (user_id, token_hash) values (?, ?)
				on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now()""", user.id(),
				hash(token));
		audit.record(CREATE, "CalendarFeed", user.id(), user.username(), null, null, null);
		return token;
	}

	void revoke(CurrentUser user) {
		if (jdbc.update("delete from calendar_feed where user_id = ?", user.id()) > 0) {
			audit.record(REVOKE, "CalendarFeed", user.id(), user.username(), null, null, null);
		}
	}

	/** The owner of the link, signed in as they would be, while the link and their account are valid. */
	@Transactional(readOnly = true)
	Optional<CurrentUser> owner(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.queryForList("select user_id from calendar_feed where token_hash = ?", Long.class, hash(token))
			.stream()
			.findFirst()
			.flatMap(accounts::byId)
			.filter(AppUser::isEnabled)
			.map(u -> new CurrentUser(u.getId(), u.getUsername(), null, u.getFullName(), u.getRole(), u.getPostId(),
					u.getCommuneId(), u.getProvinceId(), true));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
