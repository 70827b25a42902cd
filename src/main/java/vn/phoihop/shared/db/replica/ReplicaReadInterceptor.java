package vn.phoihop.shared.db.replica;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Allows replica reads for the lag-tolerant pages ({@link ReplicaSettings#readPaths()}, GET only), except for a user
 * who wrote within {@link ReplicaSettings#primaryAfterWrite()}: the time of each user's last write (any request that
 * is not a GET or HEAD) is kept in the HTTP session, which the instances share through the database, so a user sees
 * what they have just saved whichever instance answers. The session is read before replica reads are allowed, so it
 * always comes from the primary.
 */
final class ReplicaReadInterceptor implements HandlerInterceptor {

	static final String LAST_WRITE = ReplicaReadInterceptor.class.getName() + ".lastWrite";

	private final List<PathPattern> readPaths;

	private final Duration primaryAfterWrite;

	ReplicaReadInterceptor(ReplicaSettings settings) {
		this.readPaths = settings.readPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.primaryAfterWrite = settings.primaryAfterWrite();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (reading(request) && lagTolerant(request) && !wroteRecently(request.getSession(false))) {
			ReplicaReads.allow();
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		ReplicaReads.end();
		if (!reading(request)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.setAttribute(LAST_WRITE, System.currentTimeMillis());
			}
		}
	}

	private static boolean reading(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	private boolean lagTolerant(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return readPaths.stream().anyMatch(p -> p.matches(path));
	}

	private boolean wroteRecently(HttpSession session) {
		if (session == null) {
			return false;
		}
		Object at = session.getAttribute(LAST_WRITE);
		return at instanceof Long millis && System.currentTimeMillis() - millis < primaryAfterWrite.toMillis();
	}

}
