package vn.phoihop.shared.session;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import vn.phoihop.shared.cache.KeptByBytes;

/**
 * Spring Session JDBC stores each session attribute as Java-serialized bytes and deserializes the signed-in user and
 * the CSRF token on every request: about 4 % of the CPU of a list page (docs/performance.md). The same bytes give
 * the same values, so the values of those two kinds are kept by their bytes ({@link KeptByBytes}):
 * <ul>
 * <li>a security context: its authentication (immutable once signed in: the user is a record, the authorities an
 * unmodifiable list), in a new {@link SecurityContextImpl} for every request, so signing out, which empties the
 * request's context, changes nothing kept;</li>
 * <li>a CSRF token ({@link DefaultCsrfToken}, immutable).</li>
 * </ul>
 * Anything else is deserialized every time. Changed bytes (another user, a new token) are another key;
 * an entry is never served for bytes other than its own, so nothing kept can outlive what the database holds.
 */
final class SessionAttributeReader {

	private SessionAttributeReader() {
	}

	/** At most this many kept values (a few hundred bytes each), the least used dropped first. */
	static final int MAX = 4_000;

	/** The conversion service Spring Session reads and writes attributes with. */
	static ConversionService conversionService(ClassLoader classLoader) {
		GenericConversionService service = new GenericConversionService();
		service.addConverter(Object.class, byte[].class, new SerializingConverter());
		DeserializingConverter deserializer = new DeserializingConverter(classLoader);
		KeptByBytes<Object> kept = new KeptByBytes<>(MAX);
		service.addConverter(byte[].class, Object.class, bytes -> read(bytes, deserializer, kept));
		return service;
	}

	static Object read(byte[] bytes, DeserializingConverter deserializer, KeptByBytes<Object> kept) {
		if (bytes == null) {
			return null;
		}
		Object value = kept.get(bytes);
		if (value == null) {
			Object read = deserializer.convert(bytes);
			if (read instanceof SecurityContext context && context.getClass() == SecurityContextImpl.class
					&& context.getAuthentication() != null) {
				value = context.getAuthentication();
			}
			else if (read != null && read.getClass() == DefaultCsrfToken.class) {
				value = read;
			}
			else {
				return read;
			}
			kept.keep(bytes, value);
		}
		return value instanceof Authentication authentication ? new SecurityContextImpl(authentication) : value;
	}

}
