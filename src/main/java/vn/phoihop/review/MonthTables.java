package vn.phoihop.review;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.phoihop.review.ReviewService.AgreementTargetRow;
import vn.phoihop.review.ReviewService.LastTargetRow;
import vn.phoihop.review.ReviewService.MonthView;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.NumberText;

/**
 * The month page's three tables as text, prepared in Java: each cell was a template expression that SpEL could not
 * compile (a bean call with a property argument, a decimal format built per cell), and at national scale these
 * tables were most of the page's CPU (docs/performance.md, change 34). Same texts as the template produced, except
 * the targets' actual figures, now grouped by thousands like every other figure ("3.009", not "3009").
 */
record MonthTables(List<FigureRow> figures, List<String> total, List<TargetRow> agreementTargets,
		List<TargetRow> lastTargets) {

	/** A commune's figures for one content area: 11 numbers in the table's column order. */
	record FigureRow(String commune, String area, List<String> cells) {
	}

	/** A target against the month's actual; {@code commune} is empty in last month's targets (the post's). */
	record TargetRow(String commune, String area, String indicator, String target, String actual, String gap,
			boolean behind) {
	}

	static MonthTables of(MonthView view, NumberText num, Labels labels, Locale locale) {
		List<FigureRow> figures = new ArrayList<>(view.figures().size());
		for (Figure f : view.figures()) {
			figures.add(new FigureRow(view.communeNames().get(f.communeId()), labels.get(f.contentArea().labelKey()),
					cells(f, num)));
		}
		DecimalFormat oneDecimal = decimals(locale, 1);
		DecimalFormat whole = decimals(locale, 0);
		String notMeasured = labels.get("review.notMeasured");
		List<TargetRow> agreementTargets = new ArrayList<>(view.agreementTargets().size());
		for (AgreementTargetRow t : view.agreementTargets()) {
			BigDecimal gap = t.gap();
			agreementTargets.add(new TargetRow(view.communeNames().get(t.communeId()),
					labels.get(t.target().getContentArea().labelKey()), t.target().getIndicator(),
					oneDecimal.format(t.monthly()) + " " + unit(t.target().getUnit()),
					t.measured() ? num.i(t.actual()) : notMeasured, gap == null ? "" : oneDecimal.format(gap),
					gap != null && gap.signum() < 0));
		}
		List<TargetRow> lastTargets = new ArrayList<>(view.lastTargets().size());
		for (LastTargetRow t : view.lastTargets()) {
			BigDecimal gap = t.gap();
			lastTargets.add(new TargetRow("", labels.get(t.target().getContentArea().labelKey()),
					t.target().getIndicator(), whole.format(t.target().getTargetValue()) + " " + unit(t.target().getUnit()),
					t.measured() ? num.i(t.actual()) : notMeasured, gap == null ? "" : whole.format(gap),
					gap != null && gap.signum() < 0));
		}
		return new MonthTables(figures, cells(view.total(), num), agreementTargets, lastTargets);
	}

	private static List<String> cells(Figure f, NumberText num) {
		return List.of(num.i(f.activities()), num.i(f.sessions()), num.i(f.attendees()), num.i(f.patrols()),
				num.i(f.borderGuard()), num.i(f.militia()), num.i(f.police()), num.i(f.resident()), num.i(f.other()),
				num.i(f.householdVisits()), num.i(f.economicSupport()));
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
