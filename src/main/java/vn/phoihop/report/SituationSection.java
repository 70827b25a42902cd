package vn.phoihop.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.phoihop.border.MarkerCoverage;
import vn.phoihop.report.ReportFiles.Table;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.situation.Severity;
import vn.phoihop.situation.SituationFigures;

/**
 * The period report's security situation and border markers (docs/design.md §11, §12): the situation register's
 * items of the period by category (and severity), by month and by commune, and the inspection coverage of the
 * markers standing in the unit's communes, by commune and by month. Over the unit's communes with their
 * predecessors, each commune under its own name, as the report's other breakdowns. Counts only: a restricted item
 * counts in its category, month, commune and total, under no severity and never as still followed (its content).
 */
@Component
public class SituationSection {

	/**
	 * Items of the period summed under a key (a category and severity, a month, a commune): items, serious and urgent
	 * ones, restricted ones (counted under no severity), still followed (never a restricted one).
	 */
	public record Sum(long items, long serious, long restricted, long open) {

		Sum plus(Sum o) {
			return new Sum(items + o.items, serious + o.serious, restricted + o.restricted, open + o.open);
		}

	}

	/** One commune's markers over the period, its label as the report names it. */
	public record CommuneCoverage(String commune, MarkerCoverage.Period coverage) {
	}

	/** A month's markers and how many of them were inspected in it. */
	public record MonthCoverage(YearMonth month, long markers, long inspected) {
	}

	/**
	 * The section's figures, computed with the report: the items by category code and severity (null: restricted),
	 * by month and by commune label (in the labels' order), and the markers' coverage by commune and by month.
	 */
	public record Situation(Map<String, Map<Severity, Sum>> byCategory, Map<YearMonth, Sum> byMonth,
			Map<String, Sum> byCommune, List<CommuneCoverage> coverage, List<MonthCoverage> months) {

		public long items() {
			return byMonth.values().stream().mapToLong(Sum::items).sum();
		}

	}

	private final SituationFigures situation;

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	SituationSection(SituationFigures situation, NamedParameterJdbcTemplate jdbc, MessageSource messages) {
		this.situation = situation;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * The figures of the communes (with their predecessors, labelled by {@code labels}) over the period, in one
	 * statement: the situation's counts ({@link SituationFigures#periodSumsSql}), the markers' coverage of the period
	 * ({@link MarkerCoverage#periodSql}) and of each month ({@link MarkerCoverage#monthsInspectedSql}), told apart
	 * by their first column. (The report's page has ten statements at most, with the programmes and the plans.)
	 */
	Situation of(Collection<Long> communeIds, Map<Long, String> labels, LocalDate from, LocalDate to) {
		if (communeIds.isEmpty()) {
			return new Situation(Map.of(), Map.of(), Map.of(), List.of(), List.of());
		}
		LocalDate today = LocalDate.now();
		MapSqlParameterSource p = new MapSqlParameterSource("communes", communeIds.toArray(Long[]::new));
		SituationFigures.periodRange(p, from, to);
		MarkerCoverage.periodRange(p, from, to, today);
		MarkerCoverage.range(p, YearMonth.from(from), YearMonth.from(to), today);
		Map<String, Map<Severity, Sum>> byCategory = new LinkedHashMap<>();
		Map<YearMonth, Sum> byMonth = new TreeMap<>();
		Map<String, Sum> byCommune = new TreeMap<>();
		List<CommuneCoverage> coverage = new ArrayList<>();
		List<MonthCoverage> months = new ArrayList<>();
		// the items summed in the database under each of the three keys (SituationFigures.periodSumsSql: a year of a
		// province is thousands of items, a few dozen sums); months as yyyymm
		jdbc.query("""
				select s.kind, s.commune_id, s.month, s.category_code, s.severity, s.items, s.serious, s.restricted, s.open
				from (%s) s
				union all
				select 'P', p.commune_id, null, null, null, p.markers, p.inspected, p.inspections, p.overdue
				from (%s) p
				union all
				select 'M', null, cast(to_char(m.month, 'YYYYMM') as int), null, null, m.markers, m.inspected, 0, 0
				from (%s) m
				order by 1, 2, 3""".formatted(SituationFigures.periodSumsSql("s.commune_id = any(:communes)"),
				MarkerCoverage.periodSql("m.commune_id = any(:communes)"),
				MarkerCoverage.monthsInspectedSql("m.commune_id = any(:communes)")), p, rs -> {
					long commune = rs.getLong(2);
					long a = rs.getLong(6);
					long b = rs.getLong(7);
					long c = rs.getLong(8);
					long d = rs.getLong(9);
					switch (rs.getString(1)) {
						case "S" -> {
							String severity = rs.getString(5);
							byCategory.computeIfAbsent(rs.getString(4), k -> new LinkedHashMap<>())
								.put(severity == null ? null : Severity.valueOf(severity), new Sum(a, b, c, d));
						}
						case "X" -> byMonth.put(yearMonth(rs.getInt(3)), new Sum(a, b, c, d));
						case "C" -> byCommune.merge(labels.getOrDefault(commune, ""), new Sum(a, b, c, d), Sum::plus);
						case "P" -> coverage.add(new CommuneCoverage(labels.getOrDefault(commune, ""),
								new MarkerCoverage.Period(commune, a, b, c, d)));
						default -> months.add(new MonthCoverage(yearMonth(rs.getInt(3)), a, b));
					}
				});
		return new Situation(byCategory, byMonth, byCommune, coverage, months);
	}

	private static YearMonth yearMonth(int yyyymm) {
		return YearMonth.of(yyyymm / 100, yyyymm % 100);
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The section's tables, in the report's order, after its other tables. */
	List<Table> tables(Situation s, Locale locale) {
		if (s == null) {
			return List.of();
		}
		List<Table> tables = new ArrayList<>();
		tables.add(byCategory(s, locale));
		Map<String, Sum> byMonth = new LinkedHashMap<>();
		s.byMonth().forEach((month, v) -> byMonth.put(month(month), v));
		tables.add(breakdown(m("report.situation.byMonth", locale), m("report.col.month", locale), byMonth, locale,
				m("report.situation.byMonth.note", locale)));
		tables.add(breakdown(m("report.situation.byCommune", locale), m("report.col.commune", locale),
				s.byCommune(), locale, null));
		tables.add(coverageByCommune(s, locale));
		tables.add(coverageByMonth(s, locale));
		return tables;
	}

	/** Every category (in the register's order) by severity, restricted, total, still followed; then the total. */
	private Table byCategory(Situation s, Locale locale) {
		Map<String, long[]> byCode = new LinkedHashMap<>();
		situation.categoryLabels(locale).keySet().forEach(code -> byCode.put(code, new long[Severity.values().length + 3]));
		s.byCategory().forEach((code, bySeverity) -> {
			long[] v = byCode.computeIfAbsent(code, k -> new long[Severity.values().length + 3]);
			bySeverity.forEach((severity, sum) -> add(v, severity, sum));
		});
		Map<String, String> labels = situation.categoryLabels(locale);
		List<List<Object>> rows = new ArrayList<>();
		long[] total = new long[Severity.values().length + 3];
		byCode.forEach((code, v) -> {
			List<Object> row = new ArrayList<>();
			row.add(labels.getOrDefault(code, code));
			for (long n : v) {
				row.add(n);
			}
			rows.add(row);
			for (int i = 0; i < v.length; i++) {
				total[i] += v[i];
			}
		});
		List<Object> last = new ArrayList<>();
		last.add(m("report.total", locale));
		for (long n : total) {
			last.add(n);
		}
		rows.add(last);
		List<String> headers = new ArrayList<>();
		headers.add(m("situation.category", locale));
		for (Severity severity : Severity.values()) {
			headers.add(m(severity.labelKey(), locale));
		}
		headers.add(m("situation.restricted", locale));
		headers.add(m("report.situation.items", locale));
		headers.add(m("report.situation.open", locale));
		return new Table(m("report.situation.byCategory", locale), headers, rows, m("report.situation.note", locale));
	}

	/** Per severity (null: restricted), then restricted, total and still followed. */
	private static void add(long[] v, Severity severity, Sum sum) {
		int n = Severity.values().length;
		v[severity == null ? n : severity.ordinal()] += sum.items();
		v[n + 1] += sum.items();
		v[n + 2] += sum.open();
	}

	/** The sums by a key (a month, a commune), in the map's order: items, serious and urgent, restricted, followed. */
	private Table breakdown(String title, String first, Map<String, Sum> rows, Locale locale, String note) {
		List<List<Object>> out = new ArrayList<>();
		Sum total = new Sum(0, 0, 0, 0);
		for (Map.Entry<String, Sum> e : rows.entrySet()) {
			Sum v = e.getValue();
			out.add(List.of(e.getKey(), v.items(), v.serious(), v.restricted(), v.open()));
			total = total.plus(v);
		}
		if (!out.isEmpty()) {
			out.add(List.of(m("report.total", locale), total.items(), total.serious(), total.restricted(),
					total.open()));
		}
		return new Table(title, List.of(first, m("report.situation.items", locale), m("report.situation.serious", locale),
				m("situation.restricted", locale), m("report.situation.open", locale)), out, note);
	}

	private Table coverageByCommune(Situation s, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		long[] total = new long[4];
		for (CommuneCoverage c : s.coverage()) {
			MarkerCoverage.Period p = c.coverage();
			rows.add(List.of(c.commune(), p.markers(), p.inspected(), percent(p.inspected(), p.markers()),
					p.inspections(), p.overdue()));
			total[0] += p.markers();
			total[1] += p.inspected();
			total[2] += p.inspections();
			total[3] += p.overdue();
		}
		if (!rows.isEmpty()) {
			rows.add(List.of(m("report.total", locale), total[0], total[1], percent(total[1], total[0]), total[2],
					total[3]));
		}
		return new Table(m("report.markers.byCommune", locale), List.of(m("report.col.commune", locale),
				m("report.markers.count", locale), m("report.markers.inspected", locale),
				m("report.markers.percent", locale), m("report.markers.inspections", locale),
				m("report.markers.overdue", locale)), rows, m("report.markers.note", locale));
	}

	private Table coverageByMonth(Situation s, Locale locale) {
		Map<YearMonth, long[]> byMonth = new TreeMap<>();
		for (MonthCoverage c : s.months()) {
			long[] v = byMonth.computeIfAbsent(c.month(), k -> new long[2]);
			v[0] += c.markers();
			v[1] += c.inspected();
		}
		List<List<Object>> rows = new ArrayList<>();
		byMonth.forEach((month, v) -> rows.add(List.of(month(month), v[0], v[1], percent(v[1], v[0]))));
		return new Table(m("report.markers.byMonth", locale), List.of(m("report.col.month", locale),
				m("report.markers.count", locale), m("report.markers.inspected", locale),
				m("report.markers.percent", locale)), rows);
	}

	/** A month as the report writes it, MM/yyyy (the pages' format, {@link DateText#MONTH}). */
	private static String month(YearMonth month) {
		return DateText.MONTH.format(month);
	}

	/** A whole per cent, as a figure; empty without markers. */
	private static Object percent(long part, long whole) {
		return whole == 0 ? "" : (Object) Math.round(part * 100.0 / whole);
	}

}
