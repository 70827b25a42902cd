package vn.phoihop.shared.db;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time form tokens (table {@code form_token}, V021): a form carries a random token, and the save that uses it
 * records it in its own transaction, so the same form sent again (a double tap, a resend after an answer lost on a
 * dropped link, the offline outbox sending what it holds) is recognised and answered as already saved instead of
 * saved twice. A token belongs to the user who sent it; a form without one is saved as before. The activity form
 * keeps its own statements (activity.ActivityCommands); the commune's report and a task's result use these.
 */
@Component
public class FormTokens {

	/** The longest token kept (the column's size). */
	public static final int MAX_LENGTH = 64;

	private final JdbcTemplate jdbc;

	FormTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A fresh token for a form. */
	public static String fresh() {
		return UUID.randomUUID().toString();
	}

	/** Whether a form sent this token: a blank or over-long value is no token (the form is saved as before). */
	public static boolean given(String token) {
		return token != null && !token.isBlank() && token.length() <= MAX_LENGTH;
	}

	/**
	 * Uses the token for this user's save, in the caller's transaction (a failed save gives it back): false when it was
	 * used already, by this save's first sending. A concurrent second sending waits for the first one's transaction
	 * on the primary key, then finds it used.
	 */
	public boolean use(String token, String username, Long entityId) {
		return jdbc.update("insert into form_token (token, username, entity_id) values (?, ?, ?) on conflict do nothing",
				token, username, entityId) == 1;
	}

	/** Whether this user's save used the token (asked by the outbox after a send whose answer it could not read). */
	public boolean used(String token, String username) {
		return given(token) && !jdbc.queryForList("select 1 from form_token where token = ? and username = ?",
				Integer.class, token, username).isEmpty();
	}

	/** The record the token's save made, if it named one. */
	public Optional<Long> entityOf(String token, String username) {
		if (!given(token)) {
			return Optional.empty();
		}
		return jdbc.queryForList("select entity_id from form_token where token = ? and username = ? "
				+ "and entity_id is not null", Long.class, token, username).stream().findFirst();
	}

}
