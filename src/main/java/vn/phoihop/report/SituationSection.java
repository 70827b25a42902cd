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
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.phoihop.border.MarkerCoverage;
import vn.phoihop.report.ReportFiles.Table;
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

	/** One commune's items of the period, its label as the report names it. */
	public record CommuneCount(String commune, SituationFigures.Count count) {
	}

	/** One commune's markers over the period, its label as the report names it. */
	public record CommuneCoverage(String commune, MarkerCoverage.Period coverage) {
	}

	/** The section's figures, computed with the report. */
	public record Situation(List<CommuneCount> counts, List<CommuneCoverage> coverage,
			List<MarkerCoverage.Month> months) {

		public long items() {
			return counts.stream().mapToLong(c -> c.count().items()).sum();
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
	 * statement: the situation's counts ({@link SituationFigures#periodSql}), the markers' coverage of the period
	 * ({@link MarkerCoverage#periodSql}) and of each month ({@link MarkerCoverage#aggregate}), told apart by their
	 * first column. (The report's page has ten statements at most, with the programmes and the plans.)
	 */
	Situation of(Collection<Long> communeIds, Map<Long, String> labels, LocalDate from, LocalDate to) {
		if (communeIds.isEmpty()) {
			return new Situation(List.of(), List.of(), List.of());
		}
		LocalDate today = LocalDate.now();
		MapSqlParameterSource p = new MapSqlParameterSource("communes", communeIds.toArray(Long[]::new));
		SituationFigures.periodRange(p, from, to);
		MarkerCoverage.periodRange(p, from, to, today);
		MarkerCoverage.range(p, YearMonth.from(from), YearMonth.from(to), today);
		List<CommuneCount> counts = new ArrayList<>();
		List<CommuneCoverage> coverage = new ArrayList<>();
		List<MarkerCoverage.Month> months = new ArrayList<>();
		jdbc.query("""
				select 'S' as kind, s.commune_id, s.month, s.category_code, s.severity, s.items as a, s.open as b,
				       0 as c, 0 as d
				from (%s) s
				union all
				select 'P', p.commune_id, cast(null as date), null, null, p.markers, p.inspected, p.inspections, p.overdue
				from (%s) p
				union all
				select 'M', m.commune_id, m.month, null, null, m.markers, m.inspected, m.overdue, m.post_id
				from (%s) m
				order by 1, 2, 3, 4, 5""".formatted(SituationFigures.periodSql("s.commune_id = any(:communes)"),
				MarkerCoverage.periodSql("m.commune_id = any(:communes)"),
				MarkerCoverage.aggregate("m.commune_id = any(:communes)")), p, rs -> {
					long commune = rs.getLong(2);
					switch (rs.getString(1)) {
						case "S" -> counts.add(new CommuneCount(labels.getOrDefault(commune, ""),
								new SituationFigures.Count(commune, YearMonth.from(rs.getDate(3).toLocalDate()),
										rs.getString(4), rs.getString(5) == null ? null : Severity.valueOf(rs.getString(5)),
										rs.getLong(6), rs.getLong(7))));
						case "P" -> coverage.add(new CommuneCoverage(labels.getOrDefault(commune, ""),
								new MarkerCoverage.Period(commune, rs.getLong(6), rs.getLong(7), rs.getLong(8),
										rs.getLong(9))));
						default -> months.add(new MarkerCoverage.Month(rs.getLong(9), commune,
								YearMonth.from(rs.getDate(3).toLocalDate()), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
					}
				});
		return new Situation(counts, coverage, months);
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
		Map<String, long[]> byMonth = new LinkedHashMap<>();
		byKey(s, c -> c.count().month()).forEach((month, v) -> byMonth.put(month(month), v));
		tables.add(breakdown(m("report.situation.byMonth", locale), m("report.col.month", locale), byMonth, locale,
				m("report.situation.byMonth.note", locale)));
		tables.add(breakdown(m("report.situation.byCommune", locale), m("report.col.commune", locale),
				byKey(s, CommuneCount::commune), locale, null));
		tables.add(coverageByCommune(s, locale));
		tables.add(coverageByMonth(s, locale));
		return tables;
	}

	/** Every category (in the register's order) by severity, restricted, total, still followed; then the total. */
	private Table byCategory(Situation s, Locale locale) {
		Map<String, long[]> byCode = new LinkedHashMap<>();
		situation.categoryLabels(locale).keySet().forEach(code -> byCode.put(code, new long[Severity.values().length + 3]));
		for (CommuneCount c : s.counts()) {
			long[] v = byCode.computeIfAbsent(c.count().categoryCode(), k -> new long[Severity.values().length + 3]);
			add(v, c.count());
		}
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

	/** Per severity, then restricted, total and still followed. */
	private static void add(long[] v, SituationFigures.Count c) {
		int n = Severity.values().length;
		v[c.restricted() ? n : c.severity().ordinal()] += c.items();
		v[n + 1] += c.items();
		v[n + 2] += c.open();
	}

	/**
	 * The counts summed by a key (a month, a commune), in the keys' order: items, serious and urgent ones, restricted
	 * ones, still followed.
	 */
	private static <K extends Comparable<K>> Map<K, long[]> byKey(Situation s, Function<CommuneCount, K> key) {
		Map<K, long[]> out = new TreeMap<>();
		for (CommuneCount c : s.counts()) {
			long[] v = out.computeIfAbsent(key.apply(c), k -> new long[4]);
			v[0] += c.count().items();
			if (c.count().severity() == Severity.SERIOUS || c.count().severity() == Severity.URGENT) {
				v[1] += c.count().items();
			}
			if (c.count().restricted()) {
				v[2] += c.count().items();
			}
			v[3] += c.count().open();
		}
		return out;
	}

	private Table breakdown(String title, String first, Map<String, long[]> rows, Locale locale, String note) {
		List<List<Object>> out = new ArrayList<>();
		long[] total = new long[4];
		rows.forEach((key, v) -> {
			out.add(List.of(key, v[0], v[1], v[2], v[3]));
			for (int i = 0; i < 4; i++) {
				total[i] += v[i];
			}
		});
		if (!out.isEmpty()) {
			out.add(List.of(m("report.total", locale), total[0], total[1], total[2], total[3]));
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
		for (MarkerCoverage.Month c : s.months()) {
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

	/** A month as the report writes it, MM/yyyy. */
	private static String month(YearMonth month) {
		return String.format("%02d/%d", month.getMonthValue(), month.getYear());
	}

	/** A whole per cent, as a figure; empty without markers. */
	private static Object percent(long part, long whole) {
		return whole == 0 ? "" : (Object) Math.round(part * 100.0 / whole);
	}

}
