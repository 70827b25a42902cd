package vn.phoihop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that cannot be reached answers the 503 page, whatever layer noticed it; other errors their own page. */
class ErrorPagesTest {

	private final ErrorPages.DatabaseAwareErrorViewResolver resolver = new ErrorPages.DatabaseAwareErrorViewResolver();

	@Test
	void aLostConnectionBecomesThe503Page() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("filter failed",
				new CannotCreateTransactionException("no connection", new SQLException("refused", "08001"))));
		var view = resolver.resolveErrorView(request, HttpStatus.INTERNAL_SERVER_ERROR, Map.of());
		assertThat(view.getViewName()).isEqualTo("error/503");
		assertThat(view.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Test
	void otherErrorsKeepTheirStatusPage() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		assertThat(resolver.resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of()).getViewName()).isEqualTo("error/404");
		assertThat(resolver.resolveErrorView(request, HttpStatus.FORBIDDEN, Map.of()).getViewName()).isEqualTo("error/403");
		assertThat(resolver.resolveErrorView(request, HttpStatus.INTERNAL_SERVER_ERROR, Map.of()).getViewName())
			.isEqualTo("error/500");
		assertThat(resolver.resolveErrorView(request, HttpStatus.CONFLICT, Map.of()).getViewName()).isEqualTo("error/400");
		assertThat(ErrorPages.isDatabaseDown(new SQLException("syntax", "42601"))).isFalse();
	}

}
