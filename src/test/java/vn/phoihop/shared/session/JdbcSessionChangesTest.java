package vn.phoihop.shared.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.mockito.Mockito.mock;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What {@link SessionWriteThrottle} reads by reflection from Spring Session's package-private {@code JdbcSession}
 * ({@link JdbcSessionChanges}) is still there, with the same types and meaning. When a Spring Session upgrade fails
 * this test, the application still works but writes the session row on every request (and logs it once): adapt
 * {@link JdbcSessionChanges} to the new version, or remove the throttle.
 */
class JdbcSessionChangesTest {

	private static final String UPGRADE = " (SessionWriteThrottle reads it by reflection: adapt JdbcSessionChanges to"
			+ " this Spring Session version)";

	/**
	 * Spring Session's JDBC repository, its statements going nowhere; seen as a repository of {@link Session}s, as
	 * {@link SessionWriteThrottle} sees it ({@code JdbcSession} is package-private).
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private final SessionRepository<Session> repository = (SessionRepository) new JdbcIndexedSessionRepository(
			mock(JdbcOperations.class), TransactionOperations.withoutTransaction());

	@Test
	void springSessionStillHasTheChangeFlagsTheThrottleReads() {
		Class<?> sessionClass;
		try {
			sessionClass = Class.forName(JdbcSessionChanges.SESSION_CLASS);
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("Spring Session has no class " + JdbcSessionChanges.SESSION_CLASS + UPGRADE, ex);
		}
		assertThat(repository.createSession().getClass()).as("the class of Spring Session's JDBC sessions" + UPGRADE)
			.isSameAs(sessionClass);
		try {
			JdbcSessionChanges.of(sessionClass);
		}
		catch (NoSuchMethodException ex) {
			fail(ex.getMessage() + UPGRADE, ex);
		}
	}

	@Test
	void theFlagsSayWhetherASessionChangedSinceItWasRead() throws Exception {
		Session session = repository.createSession();
		JdbcSessionChanges changes = JdbcSessionChanges.of(session.getClass());
		assertThat(changes.onlyTouched(session)).as("a new session (" + JdbcSessionChanges.IS_NEW + "())" + UPGRADE)
			.isFalse();

		repository.save(session);
		assertThat(changes.onlyTouched(session)).as("a saved session" + UPGRADE).isTrue();

		session.setLastAccessedTime(Instant.now().plusSeconds(5));
		assertThat(changes.onlyTouched(session)).as("a session only touched" + UPGRADE).isTrue();

		session.setAttribute("flash", "saved");
		assertThat(changes.onlyTouched(session))
			.as("a session with an attribute set (" + JdbcSessionChanges.DELTA + "())" + UPGRADE)
			.isFalse();
	}

}
