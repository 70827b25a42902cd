package vn.phoihop.review;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;

/** A target the review sets for the next month: content area, indicator, value, unit, and the figure that measures it. */
@Embeddable
public class ReviewTarget {

	@Column(name = "content_area", nullable = false)
	private ContentArea contentArea;

	@Column(nullable = false)
	private String indicator;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Target.Metric metric = Target.Metric.NONE;

	@Column(name = "target_value", nullable = false)
	private BigDecimal targetValue;

	private String unit;

	protected ReviewTarget() {
	}

	public ReviewTarget(ContentArea contentArea, String indicator, Target.Metric metric, BigDecimal targetValue,
			String unit) {
		this.contentArea = contentArea;
		this.indicator = indicator;
		this.metric = metric == null ? Target.Metric.NONE : metric;
		this.targetValue = targetValue;
		this.unit = unit;
	}

	public ContentArea getContentArea() { return contentArea; }
	public String getIndicator() { return indicator; }
	public Target.Metric getMetric() { return metric; }
	public BigDecimal getTargetValue() { return targetValue; }
	public String getUnit() { return unit; }

	@Override
	public String toString() {
		return contentArea + ":" + indicator + "=" + targetValue + (unit == null ? "" : " " + unit);
	}

}
