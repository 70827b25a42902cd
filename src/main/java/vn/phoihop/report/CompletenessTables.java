package vn.phoihop.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.report.CompletenessReport.ConclusionCell;
import vn.phoihop.report.CompletenessReport.Level;
import vn.phoihop.report.CompletenessReport.Post;
import vn.phoihop.report.CompletenessReport.ReportCell;
import vn.phoihop.report.CompletenessReport.State;
import vn.phoihop.report.ReportFiles.Table;
import vn.phoihop.shared.web.DateText;

/**
 * The completeness report as tables, in the reader's language, for the page and its three files alike: the summary;
 * the rates per month (the trend, which the page also draws); per province, post and commune as the unit has them;
 * each commune's report of each month (on time, late by how many days, not sent) and each post's conclusion of each
 * month. Rates are whole per cents of the reports due (not yet due: not counted): completeness = sent, timeliness = on
 * time.
 */
@Component
public class CompletenessTables {

	/** The trend's section is the second: the page draws its chart from it. */
	static final int TREND = 1;

	/** A cell of the month tables: its words, and its state for the page's colours. */
	public record Mark(String text, State state) {

		@Override
		public String toString() {
			return text;
		}

	}

	/** The counts of some reports (or conclusions). */
	record Rate(int due, int sent, int onTime, int late, int notSent, int returns, long daysLate) {

		static Rate of(List<State> states, int returns, long daysLate) {
			int due = (int) states.stream().filter(State::due).count();
			int onTime = (int) states.stream().filter(s -> s == State.ON_TIME).count();
			int late = (int) states.stream().filter(s -> s == State.LATE).count();
			return new Rate(due, onTime + late, onTime, late, due - onTime - late, returns, daysLate);
		}

		/** Sent in per cent of due, or "—" when nothing was due. */
		Object completeness() {
			return percent(sent);
		}

		Object timeliness() {
			return percent(onTime);
		}

		/** The average days late of the late ones, rounded; 0 when none was late. */
		long averageDaysLate() {
			return late == 0 ? 0 : Math.round((double) daysLate / late);
		}

		private Object percent(int part) {
			return due == 0 ? "—" : (Object) Math.round(100.0 * part / due);
		}

	}

	private final MessageSource messages;

	CompletenessTables(MessageSource messages) {
		this.messages = messages;
	}

	/** The page's class of a cell: a month's mark is coloured by its state. */
	public String css(Object cell) {
		return cell instanceof Mark mark ? "mark-" + mark.state().name() : "";
	}

	/** The figure of a cell for the page's chart (its {@code data-value}), or null when it holds none. */
	public Number value(Object cell) {
		return cell instanceof Number n ? n : null;
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	static Rate reports(List<ReportCell> cells, LocalDate today) {
		return Rate.of(cells.stream().map(c -> c.state(today)).toList(),
				cells.stream().mapToInt(ReportCell::returns).sum(), cells.stream().mapToLong(ReportCell::daysLate).sum());
	}

	static Rate conclusions(List<ConclusionCell> cells, LocalDate today) {
		return Rate.of(cells.stream().map(c -> c.state(today)).toList(), 0,
				cells.stream().mapToLong(ConclusionCell::daysLate).sum());
	}

	/** Every section; {@code forPage}: the long ones (over {@code pageRows} rows) are left to the files, with a note. */
	List<Table> tables(CompletenessReport r, Locale locale, int pageRows) {
		List<Table> tables = new ArrayList<>();
		tables.add(summary(r, locale));
		tables.add(trend(r, locale));
		if (r.level() == Level.COUNTRY) {
			tables.add(byGroup(r, locale, "completeness.section.byProvince", "completeness.col.province",
					p -> p.provinceName(), pageRows));
		}
		if (r.level() == Level.COUNTRY || r.level() == Level.PROVINCE) {
			tables.add(byGroup(r, locale, "completeness.section.byPost", "completeness.col.post", Post::name,
					pageRows));
		}
		tables.add(byCommune(r, locale, pageRows));
		tables.add(reportMonths(r, locale, pageRows));
		tables.add(conclusionMonths(r, locale, pageRows));
		return tables;
	}

	private List<String> rateHeaders(Locale locale, String first) {
		List<String> h = new ArrayList<>(List.of(m(first, locale)));
		for (String k : List.of("due", "sent", "onTime", "late", "notSent", "returns", "completeness", "timeliness")) {
			h.add(m("completeness.col." + k, locale));
		}
		return h;
	}

	private static List<Object> rateRow(Object label, Rate rate) {
		return new ArrayList<>(List.of(label, rate.due(), rate.sent(), rate.onTime(), rate.late(), rate.notSent(),
				rate.returns(), rate.completeness(), rate.timeliness()));
	}

	private Table summary(CompletenessReport r, Locale locale) {
		Rate reports = reports(r.reports(), r.today());
		Rate conclusions = conclusions(r.conclusions(), r.today());
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(m("report.unit", locale), r.unitLabel() == null ? m("completeness.country", locale)
				: r.unitLabel()));
		rows.add(List.of(m("report.period", locale), DateText.MONTH.format(r.first()) + " – "
				+ DateText.MONTH.format(r.last())));
		rows.add(List.of(m("completeness.posts", locale), r.posts().size()));
		rows.add(List.of(m("completeness.communes", locale), r.communeNames().size()));
		rows.add(List.of(m("completeness.reports.due", locale), reports.due()));
		rows.add(List.of(m("completeness.reports.onTime", locale), reports.onTime()));
		rows.add(List.of(m("completeness.reports.late", locale), reports.late()));
		rows.add(List.of(m("completeness.reports.averageLate", locale), reports.averageDaysLate()));
		rows.add(List.of(m("completeness.reports.notSent", locale), reports.notSent()));
		rows.add(List.of(m("completeness.reports.returns", locale), reports.returns()));
		rows.add(List.of(m("completeness.reports.completeness", locale), reports.completeness()));
		rows.add(List.of(m("completeness.reports.timeliness", locale), reports.timeliness()));
		rows.add(List.of(m("completeness.conclusions.due", locale), conclusions.due()));
		rows.add(List.of(m("completeness.conclusions.onTime", locale), conclusions.onTime()));
		rows.add(List.of(m("completeness.conclusions.late", locale), conclusions.late()));
		rows.add(List.of(m("completeness.conclusions.notConcluded", locale), conclusions.notSent()));
		rows.add(List.of(m("completeness.conclusions.timeliness", locale), conclusions.timeliness()));
		return new Table(m("report.section.summary", locale),
				List.of(m("report.col.indicator", locale), m("report.col.value", locale)), rows,
				m("completeness.note", locale));
	}

	/** Per month: the reports' counts and rates, and the conclusions' timeliness. */
	private Table trend(CompletenessReport r, Locale locale) {
		Map<YearMonth, List<ReportCell>> reports = r.reports().stream()
			.collect(Collectors.groupingBy(ReportCell::month));
		Map<YearMonth, List<ConclusionCell>> conclusions = r.conclusions().stream()
			.collect(Collectors.groupingBy(ConclusionCell::month));
		List<String> headers = rateHeaders(locale, "completeness.col.month");
		headers.add(m("completeness.col.conclusionTimeliness", locale));
		List<List<Object>> rows = new ArrayList<>();
		for (YearMonth month : r.months()) {
			List<Object> row = rateRow(DateText.MONTH.format(month), reports(reports.getOrDefault(month, List.of()),
					r.today()));
			row.add(conclusions(conclusions.getOrDefault(month, List.of()), r.today()).timeliness());
			rows.add(row);
		}
		return new Table(m("completeness.section.trend", locale), headers, rows);
	}

	/** Per province or per post: the reports' rates and the conclusions' timeliness. */
	private Table byGroup(CompletenessReport r, Locale locale, String title, String first, Function<Post, String> group,
			int pageRows) {
		Map<String, List<ReportCell>> reports = new LinkedHashMap<>();
		Map<String, List<ConclusionCell>> conclusions = new LinkedHashMap<>();
		r.posts().values().stream().sorted(Comparator.comparing(group)).forEach(p -> {
			reports.computeIfAbsent(group.apply(p), k -> new ArrayList<>());
			conclusions.computeIfAbsent(group.apply(p), k -> new ArrayList<>());
		});
		r.reports().forEach(c -> reports.get(group.apply(r.posts().get(c.postId()))).add(c));
		r.conclusions().forEach(c -> conclusions.get(group.apply(r.posts().get(c.postId()))).add(c));
		List<String> headers = rateHeaders(locale, first);
		headers.add(m("completeness.col.conclusionTimeliness", locale));
		List<List<Object>> rows = new ArrayList<>();
		reports.forEach((name, cells) -> {
			List<Object> row = rateRow(name, reports(cells, r.today()));
			row.add(conclusions(conclusions.get(name), r.today()).timeliness());
			rows.add(row);
		});
		return limited(new Table(m(title, locale), headers, rows), locale, pageRows);
	}

	/** Per commune (and post: a commune covered by two posts reports to each). */
	private Table byCommune(CompletenessReport r, Locale locale, int pageRows) {
		List<String> headers = rateHeaders(locale, "report.col.commune");
		headers.add(1, m("completeness.col.post", locale));
		headers.add(m("completeness.col.averageLate", locale));
		List<List<Object>> rows = new ArrayList<>();
		rowsByCommune(r).forEach((key, cells) -> {
			Rate rate = reports(cells, r.today());
			List<Object> row = rateRow(r.communeNames().getOrDefault(key.commune(), ""), rate);
			row.add(1, r.posts().get(key.post()).name());
			row.add(rate.averageDaysLate());
			rows.add(row);
		});
		return limited(new Table(m("completeness.section.byCommune", locale), headers, rows), locale, pageRows);
	}

	/** Each commune's report of each month. */
	private Table reportMonths(CompletenessReport r, Locale locale, int pageRows) {
		List<String> headers = new ArrayList<>(List.of(m("report.col.commune", locale),
				m("completeness.col.post", locale)));
		r.months().forEach(month -> headers.add(DateText.MONTH.format(month)));
		List<List<Object>> rows = new ArrayList<>();
		rowsByCommune(r).forEach((key, cells) -> {
			Map<YearMonth, ReportCell> byMonth = cells.stream()
				.collect(Collectors.toMap(ReportCell::month, c -> c, (a, b) -> a));
			List<Object> row = new ArrayList<>(List.of(r.communeNames().getOrDefault(key.commune(), ""),
					r.posts().get(key.post()).name()));
			for (YearMonth month : r.months()) {
				ReportCell c = byMonth.get(month);
				row.add(c == null ? "" : mark(c.state(r.today()), c.daysLate(), c.returns(), "report", locale));
			}
			rows.add(row);
		});
		return limited(new Table(m("completeness.section.reportMonths", locale), headers, rows,
				m("completeness.reportMonths.note", locale)), locale, pageRows);
	}

	/** Each post's conclusion of each month. */
	private Table conclusionMonths(CompletenessReport r, Locale locale, int pageRows) {
		List<String> headers = new ArrayList<>(List.of(m("completeness.col.post", locale)));
		r.months().forEach(month -> headers.add(DateText.MONTH.format(month)));
		Map<Long, Map<YearMonth, ConclusionCell>> byPost = new LinkedHashMap<>();
		r.conclusions().forEach(c -> byPost.computeIfAbsent(c.postId(), k -> new LinkedHashMap<>()).put(c.month(), c));
		List<List<Object>> rows = new ArrayList<>();
		byPost.forEach((post, cells) -> {
			List<Object> row = new ArrayList<>(List.of(r.posts().get(post).name()));
			for (YearMonth month : r.months()) {
				ConclusionCell c = cells.get(month);
				row.add(c == null ? "" : mark(c.state(r.today()), c.daysLate(), 0, "conclusion", locale));
			}
			rows.add(row);
		});
		rows.sort(Comparator.comparing(row -> String.valueOf(row.get(0))));
		return limited(new Table(m("completeness.section.conclusionMonths", locale), headers, rows), locale,
				pageRows);
	}

	private Mark mark(State state, int daysLate, int returns, String what, Locale locale) {
		String text = switch (state) {
			case ON_TIME -> m("completeness.mark.onTime", locale);
			case LATE -> m("completeness.mark.late", locale, String.valueOf(daysLate));
			case NOT_SENT -> m("completeness.mark.notSent." + what, locale);
			case NOT_DUE -> m("completeness.mark.notDue", locale);
		};
		if (returns > 0) {
			text += " " + m("completeness.mark.returns", locale, String.valueOf(returns));
		}
		return new Mark(text, state);
	}

	private record CommuneKey(long commune, long post) {
	}

	/** The report cells by commune and post, in the communes' order of names. */
	private static Map<CommuneKey, List<ReportCell>> rowsByCommune(CompletenessReport r) {
		Map<CommuneKey, List<ReportCell>> rows = new LinkedHashMap<>();
		r.reports().stream()
			.sorted(Comparator.comparing((ReportCell c) -> r.communeNames().getOrDefault(c.communeId(), ""))
				.thenComparing(c -> r.posts().get(c.postId()).name()))
			.forEach(c -> rows.computeIfAbsent(new CommuneKey(c.communeId(), c.postId()), k -> new ArrayList<>())
				.add(c));
		return rows;
	}

	/** The table, or, when longer than {@code rows} (0: no limit), its title and headers with a note. */
	private Table limited(Table t, Locale locale, int rows) {
		if (rows <= 0 || t.rows().size() <= rows) {
			return t;
		}
		return new Table(t.title(), t.headers(), List.of(),
				m("completeness.tooLong", locale, String.valueOf(t.rows().size())));
	}

}
