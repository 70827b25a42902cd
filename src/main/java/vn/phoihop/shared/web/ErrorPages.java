package vn.phoihop.shared.web;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly error pages: a database that cannot be reached answers 503 (not 500) with the Vietnamese page, both
 * for errors inside controllers and for those raised in filters (e.g. the JDBC session store). No stack trace
 * ever reaches the browser; it goes to the log.
 */
@ControllerAdvice
class ErrorPages {

	private static final Log log = LogFactory.getLog(ErrorPages.class);

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			TransactionSystemException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	ModelAndView databaseDown(Exception ex, HttpServletRequest request) {
		log.warn("Database unreachable: " + ex.getMessage());
		// an exception handler's model has none of the advice's attributes: the layout's menu needs the path
		return new ModelAndView("error/503", Map.of("currentPath", LayoutAdvice.pathOf(request)));
	}

	/** Whether the failure (or anything in its cause chain) is a lost or refused database connection. */
	static boolean isDatabaseDown(Throwable ex) {
		return isDatabaseDown(ex, 0);
	}

	private static boolean isDatabaseDown(Throwable ex, int depth) {
		for (Throwable t = ex; t != null && depth < 20; t = t.getCause(), depth++) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof SocketException
					|| t instanceof JDBCConnectionException
					|| t instanceof TransactionSystemException
					|| t instanceof TransactionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			if (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
				return true;
			}
			for (Throwable suppressed : t.getSuppressed()) {
				if (isDatabaseDown(suppressed, depth + 1)) {
					return true;
				}
			}
		}
		return false;
	}

	@Component
	static class DatabaseAwareErrorViewResolver implements ErrorViewResolver {

		@Override
		public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
			Object ex = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			// the layout's menu marks the page the user was on (a failure while a page was drawn left no model)
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			Map<String, Object> page = Map.of("currentPath", uri instanceof String path ? path : "/error");
			if (ex instanceof Throwable t && isDatabaseDown(t)) {
				return new ModelAndView("error/503", page, HttpStatus.SERVICE_UNAVAILABLE);
			}
			String view = switch (status.value()) {
				case 400, 403, 404, 405, 413, 503 -> "error/" + status.value();
				default -> status.is4xxClientError() ? "error/400" : "error/500";
			};
			return new ModelAndView(view, page, status);
		}

	}

}
