package vn.phoihop.agreement;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import vn.phoihop.reference.ReferenceKind;
import vn.phoihop.reference.ReferenceRows;
import vn.phoihop.reference.ReferenceValue;

/**
 * A coordination content area (docs/design.md §3): a row of the reference data (V100, {@code /admin/reference}), its
 * labels the row's (message keys {@code contentArea.CODE} answered by the rows). One instance per code, so {@code ==}
 * compares areas as it did when this was an enum; ordered by the administrator's order. Stored as its code
 * ({@link ContentAreaConverter}).
 */
public final class ContentArea implements Comparable<ContentArea>, Serializable {

	private static final long serialVersionUID = 1L;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

	private static final Map<String, ContentArea> CODES = new ConcurrentHashMap<>();

	public static final ContentArea BORDER_SOVEREIGNTY = builtIn("BORDER_SOVEREIGNTY", 10);

	public static final ContentArea POLITICAL_SYSTEM = builtIn("POLITICAL_SYSTEM", 20);

	public static final ContentArea ECONOMY_POVERTY = builtIn("ECONOMY_POVERTY", 30);

	public static final ContentArea OUTREACH_LEGAL = builtIn("OUTREACH_LEGAL", 40);

	public static final ContentArea CULTURE_SOCIETY = builtIn("CULTURE_SOCIETY", 50);

	public static final ContentArea FOREIGN_AFFAIRS = builtIn("FOREIGN_AFFAIRS", 60);

	private final String code;

	/** The built-in order (V100's seed), for a unit test without a database; 0 for an added area. */
	private final int builtInOrder;

	private ContentArea(String code, int builtInOrder) {
		this.code = code;
		this.builtInOrder = builtInOrder;
	}

	private static ContentArea builtIn(String code, int order) {
		ContentArea a = new ContentArea(code, order);
		CODES.put(code, a);
		return a;
	}

	/** The area of this code; an unknown code is refused (a forged form value is a binding error). */
	public static ContentArea valueOf(String code) {
		ContentArea known = CODES.get(code);
		if (known != null) {
			return known;
		}
		if (code == null || !CODE.matcher(code).matches()
				|| ReferenceRows.installed() && ReferenceRows.find(ReferenceKind.CONTENT_AREA, code) == null) {
			throw new IllegalArgumentException("No content area " + code);
		}
		return CODES.computeIfAbsent(code, c -> new ContentArea(c, 0));
	}

	/** Every area in order, retired ones included: the figures, the reports, the filters. */
	public static List<ContentArea> all() {
		return ReferenceRows.installed()
				? ReferenceRows.all(ReferenceKind.CONTENT_AREA).stream().map(r -> valueOf(r.code())).toList()
				: CODES.values().stream().filter(a -> a.builtInOrder > 0).sorted().toList();
	}

	/** The areas a form offers: the active ones, and those the record already has. */
	public static List<ContentArea> offered(java.util.Collection<ContentArea> current) {
		return all().stream().filter(a -> a.active() || current != null && current.contains(a)).toList();
	}

	public boolean active() {
		ReferenceValue r = ReferenceRows.find(ReferenceKind.CONTENT_AREA, code);
		return r == null ? builtInOrder > 0 : r.active();
	}

	private int order() {
		ReferenceValue r = ReferenceRows.find(ReferenceKind.CONTENT_AREA, code);
		return r != null ? r.sortOrder() : builtInOrder > 0 ? builtInOrder : Integer.MAX_VALUE;
	}

	public String labelKey() {
		return "contentArea." + code;
	}

	/** The code, as the enum's name was. */
	public String name() {
		return code;
	}

	public String code() {
		return code;
	}

	@Override
	public int compareTo(ContentArea o) {
		int c = Integer.compare(order(), o.order());
		return c != 0 ? c : code.compareTo(o.code);
	}

	/** The one instance of the code (a form kept in the session between a redirect and its page). */
	private Object readResolve() {
		return valueOf(code);
	}

	@Override
	public String toString() {
		return code;
	}

}
