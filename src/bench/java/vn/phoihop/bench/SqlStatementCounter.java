package vn.phoihop.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the JDBC statements the current thread prepares, at the datasource level, so that statements from
 * Hibernate, Spring Data and JdbcTemplate are all counted: a {@link BeanPostProcessor} that wraps every
 * {@link DataSource} of the context. Used by the tests that count statements (registered by
 * {@code support.IntegrationTest}: {@code SqlStatementCountTest} and others) and by the benchmark
 * ({@link BenchApplication}, which returns the count in {@link SqlCountHeaderFilter}'s header). Never in production:
 * this class is not in the production jar (benchmark and test code, {@code src/bench/java}). The cost is one proxy
 * call per {@code prepareStatement}.
 */
public class SqlStatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	/** The statements' SQL, kept only on a thread that asked for it ({@link #resetAndRecord()}: tests). */
	private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

	/** Starts counting afresh on this thread. */
	public static void reset() {
		COUNT.get()[0] = 0;
		RECORDED.remove();
	}

	/** Like {@link #reset()}, and keeps the SQL of each statement for {@link #recorded()} (diagnostics in tests). */
	public static void resetAndRecord() {
		COUNT.get()[0] = 0;
		RECORDED.set(new ArrayList<>());
	}

	public static List<String> recorded() {
		List<String> sql = RECORDED.get();
		return sql == null ? List.of() : List.copyOf(sql);
	}

	/** Statements prepared on this thread since the last {@link #reset()}. */
	public static long current() {
		return COUNT.get()[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource ds && !(bean instanceof CountingDataSource)) {
			return new CountingDataSource(ds);
		}
		return bean;
	}

	static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(obtainTargetDataSource().getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(obtainTargetDataSource().getConnection(username, password));
		}

		private static Connection counting(Connection target) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (STATEMENT_METHODS.contains(method.getName())) {
					COUNT.get()[0]++;
					List<String> sql = RECORDED.get();
					if (sql != null) {
						sql.add(args != null && args.length > 0 && args[0] instanceof String s ? s : method.getName());
					}
				}
				else if (method.getName().equals("equals") && args != null && args.length == 1) {
					return proxy == args[0];
				}
				else if (method.getName().equals("hashCode") && (args == null || args.length == 0)) {
					return System.identityHashCode(proxy);
				}
				return invoke(target, method, args);
			};
			return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
