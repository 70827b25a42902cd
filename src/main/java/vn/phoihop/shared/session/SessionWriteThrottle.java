package vn.phoihop.shared.session;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session JDBC writes the session row on every request, only to move its last access time: one UPDATE and
 * one commit per page, about a twentieth of a page's work at national scale (docs/performance.md). This
 * repository skips that write when nothing else changed and the stored time is less than {@code window} old. A
 * session with a new or changed attribute (sign-in, CSRF token, flash messages) is always written, and every
 * request still reads the session from the database, so several instances keep sharing it.
 * <p>
 * The cost: a session expires up to {@code window} earlier than its timeout after its last request (60 minutes
 * minus one, by default). {@code JdbcSession}'s "is new" and "changed attributes" are package-private in Spring
 * Session; they are read by reflection ({@link JdbcSessionChanges}), and when that fails (another version) every
 * save goes through, as without this class (logged once).
 */
final class SessionWriteThrottle<S extends Session> implements SessionRepository<S> {

	private static final Log log = LogFactory.getLog(SessionWriteThrottle.class);

	/** The session this thread read, with the last access time stored in the database at that moment. */
	private record Loaded(String id, Instant lastAccess) {
	}

	private static final ThreadLocal<Loaded> LOADED = new ThreadLocal<>();

	/**
	 * The session this thread's request saved. Spring Session commits a session twice per page: when the response is
	 * committed and when its filter ends, and the second commit read the session from the database again (its
	 * cache of the requested session is cleared by the first): two SELECTs per page.
	 * The second read within the request is the session the first commit saved. Forgotten when the request ends
	 * ({@link #requestDone}, called by {@link Filter}).
	 */
	private static final ThreadLocal<Session> SAVED = new ThreadLocal<>();

	private final SessionRepository<S> delegate;

	private final Duration window;

	private volatile JdbcSessionChanges changes;

	private volatile boolean reflectionFailed;

	SessionWriteThrottle(SessionRepository<S> delegate, Duration window) {
		this.delegate = delegate;
		this.window = window;
	}

	@Override
	public S createSession() {
		return delegate.createSession();
	}

	@Override
	@SuppressWarnings("unchecked")
	public S findById(String id) {
		Session saved = SAVED.get();
		if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
			LOADED.set(new Loaded(saved.getId(), saved.getLastAccessedTime()));
			return (S) saved;
		}
		S session = delegate.findById(id);
		if (session != null) {
			LOADED.set(new Loaded(session.getId(), session.getLastAccessedTime()));
		}
		return session;
	}

	@Override
	public void save(S session) {
		Loaded loaded = LOADED.get();
		LOADED.remove();
		if (loaded == null || !loaded.id().equals(session.getId()) || !onlyTouched(session)
				|| Duration.between(loaded.lastAccess(), session.getLastAccessedTime()).compareTo(window) >= 0) {
			delegate.save(session);
		}
		SAVED.set(session);
	}

	@Override
	public void deleteById(String id) {
		SAVED.remove();
		delegate.deleteById(id);
	}

	/** The request is over: the next one reads its session from the database. */
	static void requestDone() {
		SAVED.remove();
		LOADED.remove();
	}

	/** Spring Session's filter, which tells the repository when a request is over. */
	static final class Filter<S extends Session> extends SessionRepositoryFilter<S> {

		Filter(SessionWriteThrottle<S> repository) {
			super(repository);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				super.doFilterInternal(request, response, chain);
			}
			finally {
				requestDone();
			}
		}

	}

	/** Not new and no attribute set or removed since it was read. */
	private boolean onlyTouched(S session) {
		if (reflectionFailed) {
			return false;
		}
		try {
			JdbcSessionChanges c = changes;
			if (c == null) {
				c = JdbcSessionChanges.of(session.getClass());
				changes = c;
			}
			return c.onlyTouched(session);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			reflectionFailed = true;
			log.warn("Sessions are written on every request: " + session.getClass().getName()
					+ " has no isNew()/getDelta() (" + ex + ")");
			return false;
		}
	}

}
