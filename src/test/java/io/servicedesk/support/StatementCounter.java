package io.servicedesk.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares, so tests can show that a page
 * issues a fixed number of queries whatever the number of rows (no N+1); and, while
 * recording, keeps the queries the thread runs with their parameters, so tests can look
 * at their plans. MockMvc runs a request on the test's thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	/** The setters that bind a parameter (not {@code setFetchSize} and the like). */
	private static final Set<String> PARAMETER_SETTERS = Set.of("setNull", "setBoolean", "setByte", "setShort",
			"setInt", "setLong", "setFloat", "setDouble", "setBigDecimal", "setString", "setBytes", "setDate",
			"setTime", "setTimestamp", "setObject", "setArray");

	private static final Set<String> EXECUTIONS = Set.of("executeQuery", "execute");

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	private static final ThreadLocal<List<RecordedQuery>> RECORDED = new ThreadLocal<>();

	public static void reset() {
		COUNT.get()[0] = 0;
	}

	public static int count() {
		return COUNT.get()[0];
	}

	/** Keeps every query this thread runs from now until {@link #stopRecording()}. */
	public static void startRecording() {
		RECORDED.set(new ArrayList<>());
	}

	public static List<RecordedQuery> stopRecording() {
		List<RecordedQuery> recorded = RECORDED.get();
		RECORDED.remove();
		return recorded == null ? List.of() : recorded;
	}

	/**
	 * A query as it ran: its SQL and the calls that bound its parameters, to be replayed
	 * on another statement.
	 */
	public record RecordedQuery(String sql, List<Binding> bindings) {

		public void bind(PreparedStatement statement) throws SQLException {
			for (Binding binding : bindings) {
				binding.applyTo(statement);
			}
		}

	}

	public record Binding(Method setter, Object[] arguments) {

		void applyTo(PreparedStatement statement) throws SQLException {
			try {
				setter.invoke(statement, arguments);
			}
			catch (ReflectiveOperationException ex) {
				throw new SQLException("Cannot replay " + setter.getName(), ex);
			}
		}

	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource)
						: bean;
			}
		};
	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().equals("equals")) {
							return proxy == args[0];
						}
						if (method.getName().equals("hashCode")) {
							return System.identityHashCode(proxy);
						}
						if (STATEMENT_METHODS.contains(method.getName())) {
							COUNT.get()[0]++;
						}
						Object result = invoke(method, connection, args);
						if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
								&& RECORDED.get() != null) {
							return recording(statement, (String) args[0]);
						}
						return result;
					});
		}

		private static PreparedStatement recording(PreparedStatement statement, String sql) {
			List<Binding> bindings = new ArrayList<>();
			return (PreparedStatement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
						if (PARAMETER_SETTERS.contains(method.getName())) {
							bindings.add(new Binding(method, args.clone()));
						}
						else if (method.getName().equals("clearParameters")) {
							bindings.clear();
						}
						else if (EXECUTIONS.contains(method.getName()) && (args == null || args.length == 0)
								&& RECORDED.get() != null) {
							RECORDED.get().add(new RecordedQuery(sql, List.copyOf(bindings)));
						}
						return invoke(method, statement, args);
					});
		}

		private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
