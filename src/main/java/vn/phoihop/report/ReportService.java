package vn.phoihop.report;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.activity.ActivityMonthTotals;
import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.agreement.EscapedHouseholds;
import vn.phoihop.agreement.Target;
import vn.phoihop.audit.AuditService;
import vn.phoihop.report.PeriodReport.GroupRow;
import vn.phoihop.report.PeriodReport.Models;
import vn.phoihop.report.PeriodReport.Population;
import vn.phoihop.report.PeriodReport.PopulationRow;
import vn.phoihop.report.PeriodReport.Poverty;
import vn.phoihop.report.PeriodReport.Row;
import vn.phoihop.report.PeriodReport.TargetRow;
import vn.phoihop.shared.db.GenericPlans;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.TerritoryService;

/**
 * Period reports (docs/design.md §1, §7): by post, commune, province or agreement. The communes of the unit are taken
 * with their predecessors, so a report for a commune created by the 2025 merges includes its past; the result is
 * then cut to the user's scope. Every figure is a GROUP BY in PostgreSQL; nothing is counted in Java but the sum of
 * a few grouped rows. No personal data is ever part of a report.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	/**
	 * The submitted activities of the period: whole years from the yearly totals (V109), the other whole months from
	 * the monthly totals (V043), the days of a partial first or last month from the activity table; a 5-year report of
	 * a post reads about 450 rows instead of 23,000 (1,450 from the monthly totals alone).
	 */
	private static final String ACTIVITY_WHERE = " from " + ActivityMonthTotals.sourceByYears("""
			x.status = 'SUBMITTED' and x.commune_id in (:ids)
			  and (cast(:agreement as bigint) is null or x.agreement_id = :agreement)""", "a");

	private final NamedParameterJdbcTemplate jdbc;

	private final TerritoryService territory;

	private final ReportUnits units;

	private final AuditService audit;

	private final SituationSection situation;

	ReportService(NamedParameterJdbcTemplate jdbc, TerritoryService territory, ReportUnits units, AuditService audit,
			SituationSection situation) {
		this.situation = situation;
		this.jdbc = jdbc;
		this.territory = territory;
		this.units = units;
		this.audit = audit;
	}

	/** What to report on: exactly one of post, commune, province or agreement. */
	public record Query(String post, String commune, String province, Long agreement, LocalDate from, LocalDate to) {
	}

	public PeriodReport periodReport(CurrentUser user, Query q) {
		ReportUnits.Unit unit = units.unit(user, q);
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("ids", unit.communeIds())
			.addValue("from", q.from())
			.addValue("to", q.to())
			.addValue("agreement", q.agreement(), Types.BIGINT)
			.addValue("startYear", q.from().getYear())
			.addValue("endYear", q.to().getYear());
		ActivityMonthTotals.rangeReadingFewestDays(p, q.from(), q.to());
		// the territory's kept labels (every commune's), no statement of the report's own; a commune the kept map does
		// not know yet (added since it was read, by a path that does not clear it) is read with its label
		Map<Long, String> all = territory.communeLabels();
		Map<Long, String> labels = new HashMap<>();
		List<Long> unknown = new ArrayList<>();
		unit.communeIds().forEach(id -> {
			String label = all.get(id);
			if (label == null) {
				unknown.add(id);
			}
			else {
				labels.put(id, label);
			}
		});
		if (!unknown.isEmpty()) {
			labels.putAll(territory.communeLabels(unknown));
		}

		// the three breakdowns (by commune, by content area, by agreement and content area for the targets) from one
		// grouping of the kept yearly and monthly totals and the partial months' days by all their keys (a post's five
		// years: about 50 groups of 460 rows), summed per type and made into counts in Java
		// (ActivityMonthTotals.plusTypeRow), the three roll-ups then added up in Java: one hash, where grouping sets
		// hashed the rows three times and were planned for longer (docs/performance.md, changes 67 and 69)
		Map<Long, ActivityCounts> communes = new TreeMap<>();
		Map<String, ActivityCounts> areas = new TreeMap<>();
		Map<AgreementArea, ActivityCounts> byAgreement = new HashMap<>();
		Map<String, Long> typeCounts = new HashMap<>();
		jdbc.query("select a.commune_id, a.content_area, a.agreement_id, a.type, " + ActivityMonthTotals.typeSums("a")
				+ ACTIVITY_WHERE + " group by a.commune_id, a.content_area, a.agreement_id, a.type", p, rs -> {
					if (rs.getLong("n") == 0) {
						return; // its activities all on days taken away from a month read whole
					}
					String area = rs.getString("content_area");
					long agreement = rs.getLong("agreement_id");
					boolean hasAgreement = !rs.wasNull();
					ActivityCounts counts = ActivityMonthTotals.plusTypeRow(ActivityCounts.ZERO, rs);
					communes.merge(rs.getLong("commune_id"), counts, ActivityCounts::plus);
					typeCounts.merge(rs.getString("type"), rs.getLong("n"), Long::sum);
					areas.merge(area == null ? "" : area, counts, ActivityCounts::plus);
					if (hasAgreement && area != null) {
						byAgreement.merge(new AgreementArea(agreement, area), counts, ActivityCounts::plus);
					}
				});
		List<Row> byCommune = new ArrayList<>();
		communes.forEach((commune, counts) -> byCommune.add(new Row(String.valueOf(commune), labels.get(commune), counts)));
		List<Row> byArea = new ArrayList<>();
		areas.forEach((area, counts) -> byArea.add(new Row(area, null, counts)));

		// the statements below have no plan that depends on the unit or the dates (the groups, population, poverty,
		// models and targets of a few to a few dozen communes, by their keys): planned once per connection, where
		// their planning cost as much as their execution. Not the activities above: planned for their values, their
		// union of ranges is read by a hash of a few groups; a plan for any values sorted it
		GenericPlans.forThisTransaction(jdbc.getJdbcOperations());
		Map<String, long[]> groups = new LinkedHashMap<>();
		for (String type : List.of("SECURITY_ORDER", "BORDER_MARKER")) {
			groups.put(type, new long[4]);
		}
		// the groups and their member households in one statement; a link carries its household's members (V108),
		// so the households are not read one by one
		jdbc.query("""
				with g as (
				  select g.id, g.type, g.member_count from self_managed_group g
				  where g.commune_id in (:ids) and (g.established_on is null or g.established_on <= :to)),
				hh as (
				  select distinct g.type, gh.household_id, gh.members from g
				  join self_managed_group_household gh on gh.group_id = g.id)
				select t.type, t.n, t.members, coalesce(x.hh, 0) hh, coalesce(x.persons, 0) persons
				from (select g.type, count(*) n, coalesce(sum(g.member_count), 0) members from g group by g.type) t
				left join (select hh.type, count(*) hh, coalesce(sum(hh.members), 0) persons from hh group by hh.type) x
				  on x.type = t.type
				""", p, rs -> {
			long[] v = groups.computeIfAbsent(rs.getString("type"), k -> new long[4]);
			v[0] = rs.getLong("n");
			v[1] = rs.getLong("members");
			v[2] = rs.getLong("hh");
			v[3] = rs.getLong("persons");
		});
		List<GroupRow> groupRows = groups.entrySet()
			.stream()
			.map(e -> new GroupRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
			.toList();

		// from the households per village (V047, kept exact by a trigger: a household counts while it is not archived),
		// a post's 30 villages instead of its 3,000 households; a commune without a household has no line
		List<PopulationRow> people = jdbc.query("""
				select t.commune_id, sum(t.households) hh, sum(t.persons) persons from household_village_total t
				where t.commune_id in (:ids) group by t.commune_id having sum(t.households) > 0 order by t.commune_id
				""", p, (rs, i) -> new PopulationRow(labels.get(rs.getLong(1)), rs.getLong(2), rs.getLong(3)));
		Population population = new Population(people.stream().mapToLong(PopulationRow::households).sum(),
				people.stream().mapToLong(PopulationRow::persons).sum(), people);

		// from the poverty counts per commune and year (V045), not the households' poverty rows; the households that
		// escaped poverty counted as a HOUSEHOLDS_ESCAPED target counts them (EscapedHouseholds); with the economic
		// models, in one statement
		Poverty[] poverty = new Poverty[1];
		Models models = jdbc.queryForObject("""
				select p.*, m.* from (
				  select
				    coalesce(sum(t.n) filter (where t.year = :startYear and t.status = 'POOR'), 0) poor_start,
				    coalesce(sum(t.n) filter (where t.year = :startYear and t.status = 'NEAR_POOR'), 0) near_start,
				    coalesce(sum(t.n) filter (where t.year = :endYear and t.status = 'POOR'), 0) poor_end,
				    coalesce(sum(t.n) filter (where t.year = :endYear and t.status = 'NEAR_POOR'), 0) near_end,
				    (select count(*) from household h2 where h2.commune_id in (:ids) and %s) escaped
				  from household_poverty_total t
				  where t.commune_id in (:ids) and t.year in (:startYear, :endYear)) p
				cross join (
				  select count(distinct m.id) models, count(distinct mh.household_id) model_households,
				         coalesce(string_agg(distinct m.name, '; '), '') model_names
				  from economic_model m left join economic_model_household mh on mh.model_id = m.id
				  where m.commune_id in (:ids) and (m.started_on is null or m.started_on <= :to)) m
				""".formatted(EscapedHouseholds.escapedBetween("h2", ":startYear", ":endYear")), p, (rs, i) -> {
			poverty[0] = new Poverty(q.from().getYear(), rs.getLong("poor_start"), rs.getLong("near_start"),
					q.to().getYear(), rs.getLong("poor_end"), rs.getLong("near_end"), rs.getLong("escaped"));
			String names = rs.getString("model_names");
			return new Models(rs.getLong("models"), rs.getLong("model_households"),
					names.isEmpty() ? List.of() : List.of(names.split("; ")));
		});

		return new PeriodReport(unit.label(), q.from(), q.to(),
				unit.communeIds().stream().map(labels::get).filter(l -> l != null).sorted().toList(),
				ActivityCounts.sum(byCommune.stream().map(Row::totals).toList()), byCommune, byArea, groupRows, population, poverty[0], models,
				targets(p, q, byAgreement), situation.of(unit.communeIds(), labels, q.from(), q.to()),
				ActivityMonthTotals.byType(typeCounts));
	}

	/** The activities linked to one agreement in one content area: what measures that agreement's targets there. */
	private record AgreementArea(long agreement, String contentArea) {
	}

	/**
	 * Targets of the agreements valid in the period, each against what measures it in the period: the submitted
	 * activities linked to the agreement in the target's content area (as the agreement's page counts them), or, for
	 * HOUSEHOLDS_ESCAPED, the households that escaped poverty as the summary counts them ({@link #escapedByAgreement}).
	 * A PATROLS target counts patrols only ({@link Target.Metric}); the summary shows patrols apart from inspections.
	 */
	private List<TargetRow> targets(MapSqlParameterSource p, Query q, Map<AgreementArea, ActivityCounts> byAgreement) {
		record Stored(long agreement, String number, LocalDate validFrom, LocalDate validTo, String contentArea,
				String indicator, Target.Metric metric, BigDecimal value, String unit, Target.Per per) {
		}
		// the communes' agreements first (materialized): with the report's generic plans (GenericPlans) the planner
		// guessed one valid agreement and scanned the communes' links once per agreement (30 ms for a province's year)
		List<Stored> stored = jdbc.query("""
				with a as materialized (
				  select distinct ac.agreement_id id from agreement_commune ac where ac.commune_id in (:ids))
				select ag.id, ag.number, ag.valid_from, ag.valid_to, t.content_area, t.indicator, t.metric,
				       t.target_value, t.unit, t.per
				from a join agreement ag on ag.id = a.id join agreement_target t on t.agreement_id = ag.id
				where ag.valid_from <= :to and ag.valid_to >= :from
				  and (cast(:agreement as bigint) is null or ag.id = :agreement)
				order by ag.valid_from, ag.number, t.position
				""", p, (rs, i) -> new Stored(rs.getLong("id"), rs.getString("number"),
						rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to").toLocalDate(),
						rs.getString("content_area"), rs.getString("indicator"),
						Target.Metric.valueOf(rs.getString("metric")), rs.getBigDecimal("target_value"),
						rs.getString("unit"), Target.Per.valueOf(rs.getString("per"))));
		Set<Long> escapedOf = new HashSet<>();
		stored.stream()
			.filter(t -> t.metric() == Target.Metric.HOUSEHOLDS_ESCAPED)
			.forEach(t -> escapedOf.add(t.agreement()));
		Map<Long, Long> escaped = escapedByAgreement(p, escapedOf);
		List<TargetRow> rows = new ArrayList<>();
		for (Stored t : stored) {
			Long actual = switch (t.metric()) {
				case NONE -> null;
				case HOUSEHOLDS_ESCAPED -> escaped.getOrDefault(t.agreement(), 0L);
				default -> byAgreement.getOrDefault(new AgreementArea(t.agreement(), t.contentArea()), ActivityCounts.ZERO)
					.of(t.metric());
			};
			rows.add(new TargetRow(t.number(), t.contentArea(), t.indicator(), t.metric().name(), t.value(), t.per(),
					TargetShare.of(t.value(), t.per(), t.validFrom(), t.validTo(), q.from(), q.to()), t.unit(), actual));
		}
		return rows;
	}

	/**
	 * The households that escaped poverty per agreement: those of the report's communes that are the agreement's
	 * communes or were merged into them, in the years both the agreement and the report cover, by the summary's
	 * definition ({@link EscapedHouseholds}). For a unit whose communes all have an agreement over the whole period,
	 * the agreements' figures add up to the summary's.
	 */
	private Map<Long, Long> escapedByAgreement(MapSqlParameterSource p, Set<Long> agreements) {
		Map<Long, Long> escaped = new HashMap<>();
		if (agreements.isEmpty()) {
			return escaped;
		}
		MapSqlParameterSource params = new MapSqlParameterSource(p.getValues()).addValue("agreements", agreements);
		jdbc.query("""
				with recursive area (agreement_id, commune_id, first_year, last_year) as (
				  select ag.id, ac.commune_id, greatest(:startYear, cast(extract(year from ag.valid_from) as int)),
				         least(:endYear, cast(extract(year from ag.valid_to) as int))
				  from agreement ag join agreement_commune ac on ac.agreement_id = ag.id
				  where ag.id in (:agreements)
				  union
				  select a.agreement_id, c.id, a.first_year, a.last_year
				  from area a join commune c on c.merged_into_id = a.commune_id)
				select a.agreement_id, count(h.id) from area a join household h on h.commune_id = a.commune_id
				where h.commune_id in (:ids) and %s
				group by a.agreement_id
				""".formatted(EscapedHouseholds.escapedBetween("h", "a.first_year", "a.last_year")), params,
				rs -> {
					escaped.put(rs.getLong(1), rs.getLong(2));
				});
		return escaped;
	}

	/**
	 * Exports of a report are logged like exports of records (who, when, what), in the audit's own transaction and
	 * outside any other: a transaction around it held a second pooled connection while the audit's took one, and 16
	 * concurrent exports starved the pool (3-second connection timeouts in the benchmark).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void recordExport(String format, Query q) {
		audit.recordStandalone(AuditService.EXPORT, "PeriodReport", null,
				format + " " + (q.post() != null ? "post " + q.post() : q.commune() != null ? "commune " + q.commune()
						: q.province() != null ? "province " + q.province() : "agreement " + q.agreement()) + " "
						+ q.from() + ".." + q.to(), null);
	}

}
