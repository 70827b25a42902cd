package vn.phoihop.agreement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.phoihop.reference.ReferenceKind;
import vn.phoihop.reference.ReferenceRows;
import vn.phoihop.reference.ReferenceValue;

/**
 * A target (chỉ tiêu) of an agreement: a content area, an indicator in words, a value and unit, per year or per
 * period. {@code metric} says which figure measures it: one of the activity log's ({@link ActivityCounts#of}), the
 * households that escaped poverty ({@link EscapedHouseholds}), or none (NONE: followed by hand).
 */
@Embeddable
public class Target {

	public enum Per {
		YEAR, PERIOD
	}

	/**
	 * What measures a target. PATROLS counts PATROL activities only, never inspections (the review freezes patrols
	 * and not inspections, and the metric's label says "tuần tra"); PARTICIPANTS counts those of patrols and
	 * inspections, the only types that have participants. HOUSEHOLDS_ESCAPED is not a figure of the activity log but
	 * of the households' poverty records, counted by {@link EscapedHouseholds}, as the period report's summary counts
	 * them.
	 */
	public enum Metric {
		NONE, ACTIVITIES, OUTREACH_SESSIONS, ATTENDEES, PATROLS, PARTICIPANTS, HOUSEHOLDS_ESCAPED;

		/** Whether the activity log's counts ({@link ActivityCounts#of}) measure it. */
		public boolean fromActivityLog() {
			return this != NONE && this != HOUSEHOLDS_ESCAPED;
		}

		/**
		 * The metrics a month's target can have: a month's activities measure it, or no figure does. Whether a
		 * household escaped poverty is recorded per year, so no month measures it.
		 */
		public static List<Metric> forMonthlyTargets() {
			return inOrder().stream().filter(m -> m.active() && (m == NONE || m.fromActivityLog())).toList();
		}

		/**
		 * The metrics in the administrator's order (the rows of V100; each metric's figure is the code's, so the
		 * rows give only labels, order and whether a form offers it).
		 */
		public static List<Metric> inOrder() {
			return Arrays.stream(values())
				.sorted(Comparator.comparingInt(Metric::order).thenComparing(Comparator.naturalOrder()))
				.toList();
		}

		/** The metrics a form offers: the active ones and those the record already has. */
		public static List<Metric> offered(Collection<Metric> used) {
			return inOrder().stream().filter(m -> m.active() || used.contains(m)).toList();
		}

		public boolean active() {
			ReferenceValue r = ReferenceRows.find(ReferenceKind.TARGET_METRIC, name());
			return r == null || r.active();
		}

		private int order() {
			ReferenceValue r = ReferenceRows.find(ReferenceKind.TARGET_METRIC, name());
			return r == null ? ordinal() : r.sortOrder();
		}

	}

	@Column(name = "content_area", nullable = false)
	private ContentArea contentArea;

	@Column(nullable = false)
	private String indicator;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Metric metric = Metric.NONE;

	@Column(name = "target_value", nullable = false)
	private BigDecimal targetValue;

	private String unit;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Per per = Per.PERIOD;

	protected Target() {
	}

	public Target(ContentArea contentArea, String indicator, Metric metric, BigDecimal targetValue, String unit, Per per) {
		this.contentArea = contentArea;
		this.indicator = indicator;
		this.metric = metric == null ? Metric.NONE : metric;
		this.targetValue = targetValue;
		this.unit = unit;
		this.per = per == null ? Per.PERIOD : per;
	}

	public ContentArea getContentArea() {
		return contentArea;
	}

	public String getIndicator() {
		return indicator;
	}

	public Metric getMetric() {
		return metric;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

	public String getUnit() {
		return unit;
	}

	public Per getPer() {
		return per;
	}

	@Override
	public String toString() {
		return contentArea + ":" + indicator + "=" + targetValue + (unit == null ? "" : " " + unit) + "/" + per;
	}

}
