package vn.phoihop.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a user's sessions: Spring Session JDBC indexes each signed-in session by its principal's name
 * ({@code spring_session.principal_name}; its attributes go with it, ON DELETE CASCADE). Every instance reads the
 * session from the database on each request, so a session deleted here is signed out everywhere at its next request.
 */
@Component
class UserSessions {

	private final JdbcTemplate jdbc;

	UserSessions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Ends every session of the user except the one given (null: all of them); how many were ended. */
	@Transactional(propagation = Propagation.MANDATORY)
	int endAllBut(String username, String keptSessionId) {
		return jdbc.update("delete from spring_session where principal_name = ? and session_id <> ?", username,
				keptSessionId == null ? "" : keptSessionId);
	}

}
