package vn.phoihop.reference;

import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The rows for the value types that are not beans ({@code ActivityType}, {@code ContentArea}: an entity's field, a
 * template's {@code type.hasAttendees()}). {@link ReferenceData} installs itself here when it is made; without it (a
 * unit test without Spring) {@link #installed()} is false and the value types fall back to their built-in values.
 * One application has one; a JVM that runs several (tests) answers from the last one made that is still open, so a
 * closed application's rows (and its closed connection pool) are never asked.
 */
public final class ReferenceRows {

	private static final Deque<ReferenceData> open = new ConcurrentLinkedDeque<>();

	private ReferenceRows() {
	}

	static void install(ReferenceData installed) {
		open.addLast(installed);
	}

	/** The application of these rows is closing: the one made before it (if still open) answers again. */
	static void uninstall(ReferenceData closing) {
		open.removeLastOccurrence(closing);
	}

	public static boolean installed() {
		return !open.isEmpty();
	}

	/** The row of this code, or null (no such value, or no rows installed). */
	public static ReferenceValue find(ReferenceKind kind, String code) {
		ReferenceData d = open.peekLast();
		return d == null ? null : d.find(kind, code);
	}

	/** Every value of the kind in order, retired ones included (empty when no rows are installed). */
	public static List<ReferenceValue> all(ReferenceKind kind) {
		ReferenceData d = open.peekLast();
		return d == null ? List.of() : d.all(kind);
	}

}
