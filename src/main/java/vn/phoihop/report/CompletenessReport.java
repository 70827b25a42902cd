package vn.phoihop.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completeness and timeliness of a unit over whole months (/reports/completeness): each commune's report of each month
 * against its due date, and each post's conclusion of each month against its own. A report returned for correction
 * counts as sent on the day it was first sent ({@code returns}: how often it was returned). A report or conclusion not
 * in while its due date has not passed is not due yet and counts in no rate. From two statements of
 * {@link Completeness}; the rates are counted by {@link CompletenessTables}.
 */
public record CompletenessReport(String unitLabel, Level level, YearMonth first, YearMonth last, LocalDate today,
		List<ReportCell> reports, List<ConclusionCell> conclusions, Map<Long, String> communeNames,
		Map<Long, Post> posts) {

	/** What the report is about: the whole country, a province, a post, or one commune (an official's). */
	public enum Level {
		COUNTRY, PROVINCE, POST, COMMUNE
	}

	/** Where a report or a conclusion stands on the report's day. */
	public enum State {

		ON_TIME, LATE, NOT_SENT, NOT_DUE;

		/** Whether it counts in the rates: it is in, or its due date has passed. */
		public boolean due() {
			return this != NOT_DUE;
		}

	}

	/** A post, with its province (a province's or the country's report breaks the rates down by them). */
	public record Post(long id, String code, String name, long provinceId, String provinceName) {
	}

	/** A commune's report of a month to a post: due on {@code due}, first sent on {@code sentOn} (null: never). */
	public record ReportCell(long postId, long communeId, YearMonth month, LocalDate due, LocalDate sentOn,
			int returns) {

		public State state(LocalDate today) {
			return CompletenessReport.state(due, sentOn, today);
		}

		/** Days after the due date it was sent (0 when on time or not sent). */
		public int daysLate() {
			return CompletenessReport.daysLate(due, sentOn);
		}

	}

	/** A post's conclusion of a month: due on {@code due}, first concluded on {@code concludedOn} (null: never). */
	public record ConclusionCell(long postId, YearMonth month, LocalDate due, LocalDate concludedOn) {

		public State state(LocalDate today) {
			return CompletenessReport.state(due, concludedOn, today);
		}

		public int daysLate() {
			return CompletenessReport.daysLate(due, concludedOn);
		}

	}

	/** The same report under another name (the country's, in the reader's language). */
	public CompletenessReport named(String label) {
		return new CompletenessReport(label, level, first, last, today, reports, conclusions, communeNames, posts);
	}

	/** The first day of the first month and the last day of the last (the printed report's period). */
	public LocalDate from() {
		return first.atDay(1);
	}

	public LocalDate to() {
		return last.atEndOfMonth();
	}

	/** The months of the report, in order. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	static State state(LocalDate due, LocalDate done, LocalDate today) {
		if (done == null) {
			return today.isAfter(due) ? State.NOT_SENT : State.NOT_DUE;
		}
		return done.isAfter(due) ? State.LATE : State.ON_TIME;
	}

	static int daysLate(LocalDate due, LocalDate done) {
		return done == null || !done.isAfter(due) ? 0 : (int) ChronoUnit.DAYS.between(due, done);
	}

}
