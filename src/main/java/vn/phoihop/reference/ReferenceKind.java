package vn.phoihop.reference;

/**
 * The kinds of reference data, each a table of (code, label_vi, label_en, sort_order, active). The table name is
 * this constant's, never the user's. A target metric's figure is computed by the code, so no metric is added in the
 * page ({@link #addable()}).
 */
public enum ReferenceKind {

	ACTIVITY_TYPE("activity_type", "activity.type.", true), CONTENT_AREA("content_area", "contentArea.", true),
	TARGET_METRIC("target_metric", "agreement.metric.", false),
	SITUATION_CATEGORY("situation_category", null, true), PROGRAMME_KIND("programme_kind", null, true);

	private final String table;

	private final String messagePrefix;

	private final boolean addable;

	ReferenceKind(String table, String messagePrefix, boolean addable) {
		this.table = table;
		this.messagePrefix = messagePrefix;
		this.addable = addable;
	}

	String table() {
		return table;
	}

	/** The prefix of the message keys whose texts are this kind's labels ({@code activity.type.CODE}), if any. */
	String messagePrefix() {
		return messagePrefix;
	}

	/** Whether the administrator may add a value (a metric's figure needs code, so a metric cannot be added). */
	public boolean addable() {
		return addable;
	}

	/** The kind in a path ({@code activity-type}). */
	public String slug() {
		return name().toLowerCase().replace('_', '-');
	}

	public static ReferenceKind ofSlug(String slug) {
		for (ReferenceKind k : values()) {
			if (k.slug().equals(slug)) {
				return k;
			}
		}
		return null;
	}

	public String labelKey() {
		return "reference.kind." + name();
	}

}
