package vn.phoihop.reference;

import java.util.List;

/**
 * The rows for the value types that are not beans ({@code ActivityType}, {@code ContentArea}: an entity's field, a
 * template's {@code type.hasAttendees()}). {@link ReferenceData} installs itself here when it is made; without it (a
 * unit test without Spring) {@link #installed()} is false and the value types fall back to their built-in values.
 */
public final class ReferenceRows {

	private static volatile ReferenceData data;

	private ReferenceRows() {
	}

	static void install(ReferenceData installed) {
		data = installed;
	}

	public static boolean installed() {
		return data != null;
	}

	/** The row of this code, or null (no such value, or no rows installed). */
	public static ReferenceValue find(ReferenceKind kind, String code) {
		ReferenceData d = data;
		return d == null ? null : d.find(kind, code);
	}

	/** Every value of the kind in order, retired ones included (empty when no rows are installed). */
	public static List<ReferenceValue> all(ReferenceKind kind) {
		ReferenceData d = data;
		return d == null ? List.of() : d.all(kind);
	}

}
