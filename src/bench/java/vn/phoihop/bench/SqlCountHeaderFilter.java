package vn.phoihop.bench;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For the benchmark only (registered by {@link BenchApplication}; not in the production jar): adds
 * {@code X-Sql-Statements}, the number of JDBC statements the request prepared (session loading and saving included,
 * counted by {@link SqlStatementCounter}), to a request that asks with {@code X-Count-Sql: 1}. That response is
 * buffered so that the header can still be set after the page has been rendered; the measured requests do not ask,
 * so the buffering copy is not part of what the benchmark times.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SqlCountHeaderFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Sql-Statements";

	static final String ASK = "X-Count-Sql";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(ASK) == null) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		SqlStatementCounter.reset();
		try {
			chain.doFilter(request, wrapper);
		}
		finally {
			wrapper.setHeader(HEADER, Long.toString(SqlStatementCounter.current()));
			wrapper.copyBodyToResponse();
		}
	}

}
