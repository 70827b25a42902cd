package vn.phoihop.agreement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

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
			return Arrays.stream(values()).filter(m -> m == NONE || m.fromActivityLog()).toList();
		}

	}

	@Enumerated(EnumType.STRING)
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
