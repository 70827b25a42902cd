package vn.phoihop.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.household.SupportKind;

/**
 * The programmes' figures over communes and a period, for the period report and the provincial command's view
 * (aggregates only, never a name): per kind of programme, the programmes that reached the communes, the persons and
 * households who were beneficiaries at some time in the period, the support given in it and its value; and the value
 * by kind of support and year. A beneficiary counts for the commune of its household (merged communes: the caller
 * passes the communes with their predecessors, as every report does).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeTotals {

	/** One kind of programme's figures, with the kind's labels. */
	public record KindRow(String code, String labelVi, String labelEn, long programmes, long persons,
			long households, long supports, long value) {

		/** The kind's label in the reader's language (English for English, Vietnamese otherwise). */
		public String label(Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelVi;
		}

	}

	/** The figures of the communes and period; {@code years}: the period's years, in order. */
	public record Figures(List<KindRow> byProgrammeKind, Map<SupportKind, Map<Integer, Long>> valueByKindAndYear,
			List<Integer> years) {

		public long programmes() {
			return byProgrammeKind.stream().mapToLong(KindRow::programmes).sum();
		}

		public long persons() {
			return byProgrammeKind.stream().mapToLong(KindRow::persons).sum();
		}

		public long households() {
			return byProgrammeKind.stream().mapToLong(KindRow::households).sum();
		}

		public long supports() {
			return byProgrammeKind.stream().mapToLong(KindRow::supports).sum();
		}

		public long value() {
			return byProgrammeKind.stream().mapToLong(KindRow::value).sum();
		}

		/** The value of a kind of support in all the period's years. */
		public long value(SupportKind kind) {
			return valueByKindAndYear.getOrDefault(kind, Map.of()).values().stream().mapToLong(Long::longValue).sum();
		}

		/** The value of every kind of support in a year. */
		public long valueIn(int year) {
			return valueByKindAndYear.values().stream().mapToLong(m -> m.getOrDefault(year, 0L)).sum();
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	ProgrammeTotals(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/** The figures of the beneficiaries of the communes given. */
	public Figures of(Collection<Long> communeIds, LocalDate from, LocalDate to) {
		if (communeIds.isEmpty()) {
			return new Figures(List.of(), Map.of(), years(from, to));
		}
		return figures(communeIds.toArray(Long[]::new), from, to);
	}

	/** The figures of every commune (the administrator's view). */
	public Figures ofAll(LocalDate from, LocalDate to) {
		return figures(null, from, to);
	}

	private static List<Integer> years(LocalDate from, LocalDate to) {
		return IntStream.rangeClosed(from.getYear(), to.getYear()).boxed().toList();
	}

	/**
	 * One statement: the beneficiaries' part (per kind of programme: programmes, persons, households) and the support's
	 * (per kind of programme, kind of support and year: times and value, from the monthly totals and the days of
	 * partial months, {@link ProgrammeSupportRows}), each row with its programme kind's labels. {@code ids}: the
	 * communes, {@code null} for all.
	 */
	private Figures figures(Long[] ids, LocalDate from, LocalDate to) {
		List<Integer> years = years(from, to);
		MapSqlParameterSource p = new MapSqlParameterSource("from", from).addValue("to", to);
		String communes = "true";
		if (ids != null) {
			communes = "b.commune_id = any(:ids)";
			p.addValue("ids", ids);
		}
		String support = ProgrammeSupportRows.of(ids, from, to, p, "s");
		record Kind(int order, String code, String vi, String en) {
		}
		Map<Long, Kind> kinds = new TreeMap<>();
		Map<Long, long[]> byKind = new TreeMap<>();
		Map<SupportKind, Map<Integer, Long>> byKindAndYear = new EnumMap<>(SupportKind.class);
		jdbc.query("""
				select 0, k.id, k.sort_order, k.code, k.label_vi, k.label_en, count(distinct p.id),
				  count(*) filter (where b.member_id is not null), count(*) filter (where b.member_id is null),
				  cast(null as varchar), cast(null as int), cast(null as bigint)
				from programme_beneficiary b join programme p on p.id = b.programme_id
				join programme_kind k on k.id = p.kind_id
				where %1$s and b.joined_on <= :to and (b.left_on is null or b.left_on >= :from)
				group by k.id
				union all
				select 1, k.id, k.sort_order, k.code, k.label_vi, k.label_en, cast(sum(s.n) as bigint), 0, 0, s.kind,
				  s.year, sum(s.value)
				from (select s.programme_id, s.kind, s.year, sum(s.n) n, sum(s.value) value from %2$s group by 1, 2, 3) s
				join programme p on p.id = s.programme_id join programme_kind k on k.id = p.kind_id
				group by k.id, s.kind, s.year""".formatted(communes, support), p, rs -> {
			long kind = rs.getLong(2);
			kinds.putIfAbsent(kind, new Kind(rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)));
			long[] v = byKind.computeIfAbsent(kind, k -> new long[5]);
			if (rs.getInt(1) == 0) {
				v[0] = rs.getLong(7);
				v[1] = rs.getLong(8);
				v[2] = rs.getLong(9);
			}
			else {
				v[3] += rs.getLong(7);
				v[4] += rs.getLong(12);
				byKindAndYear.computeIfAbsent(SupportKind.valueOf(rs.getString(10)), k -> new TreeMap<>())
					.merge(rs.getInt(11), rs.getLong(12), Long::sum);
			}
		});
		List<KindRow> rows = new ArrayList<>();
		kinds.entrySet().stream()
			.sorted(Comparator.comparingInt((Map.Entry<Long, Kind> e) -> e.getValue().order())
				.thenComparing(Map.Entry::getKey))
			.forEach(e -> {
				long[] v = byKind.get(e.getKey());
				Kind k = e.getValue();
				rows.add(new KindRow(k.code(), k.vi(), k.en(), v[0], v[1], v[2], v[3], v[4]));
			});
		return new Figures(rows, byKindAndYear, years);
	}

}
