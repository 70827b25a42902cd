package vn.phoihop.activity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.reference.ReferenceKind;
import vn.phoihop.reference.ReferenceRows;
import vn.phoihop.reference.ReferenceValue;

/**
 * docs/design.md §3. An activity type: a row of the reference data (V100, {@code /admin/reference}), so the
 * administrator adds one without a release. The row says which type-specific fields the type has and the content
 * area the form proposes. One instance per code (so {@code ==} compares types, as it did when this was an enum); the
 * built-in codes are constants for the code that needs a particular one (patrols for the patrol figures). Stored as
 * its code ({@link ActivityTypeConverter}); {@link #valueOf} is also the form's conversion.
 */
public final class ActivityType implements Comparable<ActivityType>, Serializable {

	private static final long serialVersionUID = 1L;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

	private static final Map<String, ActivityType> CODES = new ConcurrentHashMap<>();

	public static final ActivityType OUTREACH = builtIn("OUTREACH", 10, true, false, false, ContentArea.OUTREACH_LEGAL);

	public static final ActivityType PATROL = builtIn("PATROL", 20, false, true, false, ContentArea.BORDER_SOVEREIGNTY);

	public static final ActivityType INSPECTION = builtIn("INSPECTION", 30, false, true, false,
			ContentArea.BORDER_SOVEREIGNTY);

	public static final ActivityType HOUSEHOLD_VISIT = builtIn("HOUSEHOLD_VISIT", 40, false, false, true,
			ContentArea.ECONOMY_POVERTY);

	public static final ActivityType ECONOMIC_SUPPORT = builtIn("ECONOMIC_SUPPORT", 50, false, false, true,
			ContentArea.ECONOMY_POVERTY);

	public static final ActivityType MEETING = builtIn("MEETING", 60, false, false, false, ContentArea.POLITICAL_SYSTEM);

	public static final ActivityType FOREIGN_AFFAIRS = builtIn("FOREIGN_AFFAIRS", 70, false, false, false,
			ContentArea.FOREIGN_AFFAIRS);

	public static final ActivityType OTHER = builtIn("OTHER", 90, false, false, false, null);

	private final String code;

	/** What the type is without its row (a unit test without a database): the seed of V100. */
	private final transient ReferenceValue builtIn;

	private ActivityType(String code, ReferenceValue builtIn) {
		this.code = code;
		this.builtIn = builtIn;
	}

	private static ActivityType builtIn(String code, int order, boolean attendees, boolean participants,
			boolean households, ContentArea area) {
		ActivityType t = new ActivityType(code, new ReferenceValue(ReferenceKind.ACTIVITY_TYPE, 0, code, code, code,
				order, true, attendees, participants, households, area == null ? null : area.name()));
		CODES.put(code, t);
		return t;
	}

	/**
	 * The type of this code: a built-in one, or one of the rows. An unknown code is refused (a form's forged value
	 * is a binding error, not a new instance kept for ever).
	 */
	public static ActivityType valueOf(String code) {
		ActivityType known = CODES.get(code);
		if (known != null) {
			return known;
		}
		if (code == null || !CODE.matcher(code).matches()
				|| ReferenceRows.installed() && ReferenceRows.find(ReferenceKind.ACTIVITY_TYPE, code) == null) {
			throw new IllegalArgumentException("No activity type " + code);
		}
		return CODES.computeIfAbsent(code, c -> new ActivityType(c, null));
	}

	/** Every type in the administrator's order, retired ones included: the filters, the figures, the exports. */
	public static List<ActivityType> all() {
		return ReferenceRows.installed()
				? ReferenceRows.all(ReferenceKind.ACTIVITY_TYPE).stream().map(r -> valueOf(r.code())).toList()
				: CODES.values().stream().filter(t -> t.builtIn != null).sorted().toList();
	}

	/** The types a form offers: the active ones, and the record's own type if it has been retired since. */
	public static List<ActivityType> offered(ActivityType current) {
		return all().stream().filter(t -> t.active() || t == current).toList();
	}

	private ReferenceValue row() {
		ReferenceValue r = ReferenceRows.find(ReferenceKind.ACTIVITY_TYPE, code);
		return r != null ? r : builtIn != null ? builtIn
				: new ReferenceValue(ReferenceKind.ACTIVITY_TYPE, 0, code, code, code, Integer.MAX_VALUE, false, false,
						false, false, null);
	}

	public boolean active() {
		return row().active();
	}

	public boolean hasAttendees() {
		return row().hasAttendees();
	}

	public boolean hasParticipants() {
		return row().hasParticipants();
	}

	public boolean hasHouseholds() {
		return row().hasHouseholds();
	}

	/** The content area an activity of this type usually belongs to, proposed by the form (none for OTHER). */
	public ContentArea usualArea() {
		String area = row().usualArea();
		return area == null ? null : ContentArea.valueOf(area);
	}

	public String labelKey() {
		return "activity.type." + code;
	}

	/** The code, as the enum's name was. */
	public String name() {
		return code;
	}

	public String code() {
		return code;
	}

	@Override
	public int compareTo(ActivityType o) {
		int c = Integer.compare(row().sortOrder(), o.row().sortOrder());
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
