package vn.phoihop.shared.web.lane;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Writes ahead of reads (docs/architecture.md, "Writes ahead of reads"): at most {@link ReadLaneSettings#permits()}
 * page reads (GET, HEAD) are worked on at once, the others wait their turn in arrival order; a write (any other
 * method: a form sent, an activity saved, a report submitted) never waits here, and neither does a static file.
 * <p>
 * On an idle server nothing changes: a read finds a free place at once. When reads alone would keep every core busy
 * (the month-end rush: the provincial command's reports while hundreds of commune officials save), the processor is
 * shared between the few reads under way (three on two cores) and the writes rather than between every request at once, so a save is
 * answered in the time of a save, and the reads, served in turn, finish in about the same time as when they all ran
 * together, with a shorter tail (a report no longer loses its turn to the reads that came after it). A read that has
 * waited {@link ReadLaneSettings#maxWait()} goes ahead anyway: a slow answer, never an error because of this lane.
 * <p>
 * First in the filter chain, before the session and security filters: a request waiting here holds no database
 * connection and has read nothing.
 */
public final class ReadLane extends OncePerRequestFilter {

	private final Semaphore places;

	private final long maxWaitNanos;

	private final List<PathPattern> free;

	public ReadLane(ReadLaneSettings settings) {
		this.places = new Semaphore(settings.places(), true);
		this.maxWaitNanos = settings.maxWait().toNanos();
		this.free = settings.freePaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!reading(request) || free(request)) {
			chain.doFilter(request, response);
			return;
		}
		boolean placed = false;
		try {
			placed = places.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (placed) {
				places.release();
			}
		}
	}

	/** Reads waiting for a place now. */
	public int waiting() {
		return places.getQueueLength();
	}

	private static boolean reading(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method);
	}

	private boolean free(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (PathPattern p : free) {
			if (p.matches(path)) {
				return true;
			}
		}
		return false;
	}

}
