package vn.phoihop.shared.session;

import java.lang.reflect.Method;
import java.util.Map;

import org.springframework.session.Session;

/**
 * Whether a Spring Session JDBC session changed since it was read, for {@link SessionWriteThrottle}: its
 * {@code JdbcSession}'s {@code boolean isNew()} and {@code Map getDelta()} (the attributes set or removed), both
 * package-private in Spring Session (4.0), read by reflection. {@code JdbcSessionChangesTest} fails, naming the
 * method, when an upgrade of Spring Session takes them away or changes their type.
 */
final class JdbcSessionChanges {

	/** The class of the sessions {@code JdbcIndexedSessionRepository} returns. */
	static final String SESSION_CLASS = "org.springframework.session.jdbc.JdbcIndexedSessionRepository$JdbcSession";

	/** {@code boolean isNew()}: created by this request, never saved. */
	static final String IS_NEW = "isNew";

	/** {@code Map<String, DeltaValue> getDelta()}: the attributes set or removed since the session was read. */
	static final String DELTA = "getDelta";

	private final Method isNew;

	private final Method delta;

	private JdbcSessionChanges(Method isNew, Method delta) {
		this.isNew = isNew;
		this.delta = delta;
	}

	/**
	 * The change flags of sessions of this class.
	 * @throws NoSuchMethodException naming the method when the class has no such method or it returns another type
	 */
	static JdbcSessionChanges of(Class<?> sessionClass) throws NoSuchMethodException {
		return new JdbcSessionChanges(method(sessionClass, IS_NEW, boolean.class),
				method(sessionClass, DELTA, Map.class));
	}

	private static Method method(Class<?> sessionClass, String name, Class<?> type) throws NoSuchMethodException {
		Method method;
		try {
			method = sessionClass.getDeclaredMethod(name);
		}
		catch (NoSuchMethodException ex) {
			throw new NoSuchMethodException(sessionClass.getName() + " has no method " + name + "()");
		}
		if (method.getReturnType() != type) {
			throw new NoSuchMethodException(sessionClass.getName() + "." + name + "() returns "
					+ method.getReturnType().getName() + ", not " + type.getName());
		}
		method.setAccessible(true);
		return method;
	}

	/** Not new and no attribute set or removed since it was read. */
	boolean onlyTouched(Session session) throws ReflectiveOperationException {
		return !(Boolean) isNew.invoke(session) && ((Map<?, ?>) delta.invoke(session)).isEmpty();
	}

}
