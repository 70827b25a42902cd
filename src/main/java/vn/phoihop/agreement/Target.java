package vn.phoihop.agreement;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A target (chỉ tiêu) of an agreement: a content area, an indicator in words, a value and unit, per year or per
 * period. {@code metric} says which figure of the activity log measures it (NONE: followed by hand).
 */
@Embeddable
public class Target {

	public enum Per {
		YEAR, PERIOD
	}

	/** What the activity log counts for a target. */
	public enum Metric {
		NONE, ACTIVITIES, OUTREACH_SESSIONS, ATTENDEES, PATROLS, PARTICIPANTS
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
