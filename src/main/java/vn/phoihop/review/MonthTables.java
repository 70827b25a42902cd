package vn.phoihop.review;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.phoihop.activity.MonthFigures.Figure;
import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.agreement.Target;
import vn.phoihop.review.ReviewMonthPage.AgreementTargetRow;
import vn.phoihop.review.ReviewMonthPage.LastTargetRow;
import vn.phoihop.review.ReviewMonthPage.MonthView;
import vn.phoihop.shared.web.Cells;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.NumberText;

/**
 * The month page's three tables as text, prepared in Java: each cell was a template expression that SpEL could not
 * compile (a bean call with a property argument, a decimal format built per cell), and at national scale these
 * tables were most of the page's CPU (list rows prepared as text, docs/performance.md). Same texts as the template produced, except
 * the targets' actual figures, now grouped by thousands like every other figure ("3.009", not "3009"). Each row's
 * cells are then written as HTML at once ({@link Cells}): the template inserts a row, not 6 or 13 cells.
 */
record MonthTables(List<String> figures, String total, List<TargetRow> agreementTargets,
		List<TargetRow> lastTargets) {

	/** A target against the month's actual: its cells, and whether it is behind (the row is highlighted). */
	record TargetRow(String cells, boolean behind) {
	}

	static MonthTables of(MonthView view, NumberText num, Labels labels, Locale locale) {
		// a commune's figures for one content area: commune, area, then 11 numbers in the table's column order
		List<String> figures = new ArrayList<>(view.figures().size());
		for (Figure f : view.figures()) {
			figures.add(numbers(new Cells().td(view.communeNames().get(f.communeId()))
				.td(labels.get(f.contentArea().labelKey())), f, num).toString());
		}
		DecimalFormat whole = decimals(locale, 0);
		DecimalFormat upToTwo = decimals(locale, 0);
		upToTwo.setMaximumFractionDigits(2);
		String notMeasured = labels.get("review.notMeasured");
		List<TargetRow> agreementTargets = new ArrayList<>(view.agreementTargets().size());
		for (AgreementTargetRow t : view.agreementTargets()) {
			BigDecimal gap = t.gap();
			Target target = t.target();
			// a measured target's month share is a whole count; one followed by hand is shown as set ("15 hộ/năm")
			String monthly = t.monthly() != null ? amount(whole.format(t.monthly()), target.getUnit())
					: amount(upToTwo.format(target.getTargetValue()), target.getUnit())
							+ labels.get("review.target.per." + target.getPer().name());
			agreementTargets.add(new TargetRow(new Cells().td(view.communeNames().get(t.communeId()))
				.td(labels.get(target.getContentArea().labelKey()))
				.td(target.getIndicator())
				.td(monthly)
				.td(t.measured() ? num.i(t.actual()) : notMeasured)
				.td(gap == null ? "" : whole.format(gap))
				.toString(), gap != null && gap.signum() < 0));
		}
		List<TargetRow> lastTargets = new ArrayList<>(view.lastTargets().size());
		for (LastTargetRow t : view.lastTargets()) {
			BigDecimal gap = t.gap();
			// last month's targets are the post's: no commune column
			lastTargets.add(new TargetRow(new Cells().td(labels.get(t.target().getContentArea().labelKey()))
				.td(t.target().getIndicator())
				.td(whole.format(t.target().getTargetValue()) + " " + unit(t.target().getUnit()))
				.td(t.measured() ? num.i(t.actual()) : notMeasured)
				.td(gap == null ? "" : whole.format(gap))
				.toString(), gap != null && gap.signum() < 0));
		}
		return new MonthTables(figures, numbers(new Cells(), view.total(), num).toString(), agreementTargets,
				lastTargets);
	}

	private static Cells numbers(Cells cells, Figure f, NumberText num) {
		ActivityCounts c = f.counts();
		return cells.td(num.i(c.activities()))
			.td(num.i(c.outreachSessions()))
			.td(num.i(c.attendees()))
			.td(num.i(c.patrols()))
			.td(num.i(c.borderGuard()))
			.td(num.i(c.militia()))
			.td(num.i(c.police()))
			.td(num.i(c.resident()))
			.td(num.i(c.other()))
			.td(num.i(c.householdVisits()))
			.td(num.i(c.economicSupport()));
	}

	private static String amount(String value, String unit) {
		return unit == null ? value : value + " " + unit;
	}

	private static String unit(String unit) {
		return unit == null ? "" : unit;
	}

	/** As Thymeleaf's {@code #numbers.formatDecimal(x, 1, 'DEFAULT', n, 'DEFAULT')}: one per table, not per cell. */
	private static DecimalFormat decimals(Locale locale, int digits) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		format.setMinimumIntegerDigits(1);
		format.setGroupingUsed(true);
		return format;
	}

}
