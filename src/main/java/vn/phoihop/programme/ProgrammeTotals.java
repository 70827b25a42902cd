package vn.phoihop.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
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

	/** One kind of programme's figures. */
	public record KindRow(ProgrammeKind kind, long programmes, long persons, long households, long supports,
			long value) {
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

	private final ProgrammeKindRepository kinds;

	ProgrammeTotals(DataSource dataSource, ProgrammeKindRepository kinds) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.kinds = kinds;
	}

	/** The figures of the beneficiaries of the communes given. */
	public Figures of(Collection<Long> communeIds, LocalDate from, LocalDate to) {
		if (communeIds.isEmpty()) {
			return new Figures(List.of(), Map.of(), years(from, to));
		}
		return figures("b.commune_id = any(:ids)", new MapSqlParameterSource("ids", communeIds.toArray(Long[]::new)),
				from, to);
	}

	/** The figures of every commune (the administrator's view). */
	public Figures ofAll(LocalDate from, LocalDate to) {
		return figures("true", new MapSqlParameterSource(), from, to);
	}

	private static List<Integer> years(LocalDate from, LocalDate to) {
		return IntStream.rangeClosed(from.getYear(), to.getYear()).boxed().toList();
	}

	private Figures figures(String communes, MapSqlParameterSource p, LocalDate from, LocalDate to) {
		List<Integer> years = years(from, to);
		p.addValue("from", from).addValue("to", to);
		Map<Long, long[]> byKind = new TreeMap<>();
		jdbc.query("""
				select p.kind_id, count(distinct p.id),
				  count(*) filter (where b.member_id is not null), count(*) filter (where b.member_id is null)
				from programme_beneficiary b join programme p on p.id = b.programme_id
				where %s and b.joined_on <= :to and (b.left_on is null or b.left_on >= :from)
				group by p.kind_id""".formatted(communes), p, rs -> {
			long[] v = byKind.computeIfAbsent(rs.getLong(1), k -> new long[5]);
			v[0] = rs.getLong(2);
			v[1] = rs.getLong(3);
			v[2] = rs.getLong(4);
		});
		Map<SupportKind, Map<Integer, Long>> byKindAndYear = new EnumMap<>(SupportKind.class);
		jdbc.query("""
				select p.kind_id, s.kind, cast(extract(year from s.given_on) as int), count(*), sum(s.value_dong)
				from programme_support s join programme_beneficiary b on b.id = s.beneficiary_id
				join programme p on p.id = b.programme_id
				where %s and s.given_on between :from and :to
				group by p.kind_id, s.kind, 3""".formatted(communes), p, rs -> {
			long[] v = byKind.computeIfAbsent(rs.getLong(1), k -> new long[5]);
			v[3] += rs.getLong(4);
			v[4] += rs.getLong(5);
			byKindAndYear.computeIfAbsent(SupportKind.valueOf(rs.getString(2)), k -> new TreeMap<>())
				.merge(rs.getInt(3), rs.getLong(5), Long::sum);
		});
		List<KindRow> rows = new ArrayList<>();
		for (ProgrammeKind kind : kinds.findAllByOrderBySortOrderAscIdAsc()) {
			long[] v = byKind.get(kind.getId());
			if (v != null) {
				rows.add(new KindRow(kind, v[0], v[1], v[2], v[3], v[4]));
			}
		}
		return new Figures(rows, byKindAndYear, years);
	}

}
