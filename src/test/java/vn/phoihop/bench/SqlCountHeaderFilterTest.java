package vn.phoihop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The benchmark's "SQL" column (bench/run.sh): a request that asks with {@code X-Count-Sql} gets the statements its
 * connections prepared in {@code X-Sql-Statements}, with its page intact; other requests are left alone. Without
 * Spring or a database: the counting datasource wraps a stand-in for the pool.
 */
class SqlCountHeaderFilterTest {

	/** A pool whose connections accept every call and do nothing. */
	static DataSource pool() {
		Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> null);
		return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> connection);
	}

	final DataSource counted = (DataSource) new SqlStatementCounter().postProcessAfterInitialization(pool(), "pool");

	/** A page that prepares three statements on two connections. */
	final FilterChain page = (request, response) -> {
		try (Connection first = counted.getConnection(); Connection second = counted.getConnection()) {
			first.prepareStatement("select 1");
			first.createStatement();
			second.prepareStatement("select 2");
		}
		catch (SQLException ex) {
			throw new ServletException(ex);
		}
		response.getWriter().write("the page");
	};

	@Test
	void answersTheStatementsOfARequestThatAsks() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/activities");
		request.addHeader(SqlCountHeaderFilter.ASK, "1");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SqlCountHeaderFilter().doFilter(request, response, page);
		assertThat(response.getHeader(SqlCountHeaderFilter.HEADER)).isEqualTo("3");
		assertThat(response.getContentAsString()).isEqualTo("the page");
	}

	@Test
	void leavesOtherRequestsAlone() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SqlCountHeaderFilter().doFilter(new MockHttpServletRequest("GET", "/activities"), response, page);
		assertThat(response.getHeader(SqlCountHeaderFilter.HEADER)).isNull();
		assertThat(response.getContentAsString()).isEqualTo("the page");
	}

	@Test
	void wrapsADatasourceOnce() {
		SqlStatementCounter counter = new SqlStatementCounter();
		Object again = counter.postProcessAfterInitialization(counted, "pool");
		assertThat(again).isSameAs(counted);
	}

}
