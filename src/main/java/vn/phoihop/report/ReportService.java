package vn.phoihop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.activity.ActivityMonthTotals;
import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.agreement.Target;
import vn.phoihop.audit.AuditService;
import vn.phoihop.report.PeriodReport.GroupRow;
import vn.phoihop.report.PeriodReport.Models;
import vn.phoihop.report.PeriodReport.Population;
import vn.phoihop.report.PeriodReport.PopulationRow;
import vn.phoihop.report.PeriodReport.Poverty;
import vn.phoihop.report.PeriodReport.Row;
import vn.phoihop.report.PeriodReport.TargetRow;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.Province;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
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
	 * The submitted activities of the period: whole months from the monthly totals (V043), the days of a partial
	 * first or last month from the activity table; a 5-year report of a post reads about 1,500 rows instead of 23,000.
	 */
	private static final String ACTIVITY_WHERE = " from " + ActivityMonthTotals.source("""
			x.status = 'SUBMITTED' and x.commune_id in (:ids)
			  and (cast(:agreement as bigint) is null or x.agreement_id = :agreement)""", "a");

	private final NamedParameterJdbcTemplate jdbc;

	private final TerritoryService territory;

	private final ScopeService scopes;

	private final AuditService audit;

	ReportService(NamedParameterJdbcTemplate jdbc, TerritoryService territory, ScopeService scopes, AuditService audit) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.scopes = scopes;
		this.audit = audit;
	}

	/** What to report on: exactly one of post, commune, province or agreement. */
	public record Query(String post, String commune, String province, Long agreement, LocalDate from, LocalDate to) {
	}

	public PeriodReport periodReport(CurrentUser user, Query q) {
		Unit unit = unit(user, q);
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("ids", unit.communeIds)
			.addValue("from", q.from())
			.addValue("to", q.to())
			.addValue("agreement", q.agreement())
			.addValue("startYear", q.from().getYear())
			.addValue("endYear", q.to().getYear());
		ActivityMonthTotals.range(p, q.from(), q.to());
		Map<Long, String> labels = territory.communeLabels(unit.communeIds);

		// the three breakdowns (by commune, by content area, by agreement for the targets) in one index-only scan of
		// the covering index (V040, V048): three scans were three quarters of a 5-year report's database time
		List<Row> byCommune = new ArrayList<>();
		List<Row> byArea = new ArrayList<>();
		Map<Long, ActivityCounts> byAgreement = new LinkedHashMap<>();
		jdbc.query("select grouping(a.commune_id) g_commune, grouping(a.content_area) g_area, a.commune_id, "
				+ "a.content_area, a.agreement_id, " + ActivityMonthTotals.counts("a") + ACTIVITY_WHERE
				+ " group by grouping sets ((a.commune_id), (a.content_area), (a.agreement_id))"
				+ " order by a.commune_id, a.content_area", p, rs -> {
					if (rs.getInt("g_commune") == 0) {
						long commune = rs.getLong("commune_id");
						byCommune.add(new Row(String.valueOf(commune), labels.get(commune), ActivityMonthTotals.counts(rs)));
					}
					else if (rs.getInt("g_area") == 0) {
						String area = rs.getString("content_area");
						byArea.add(new Row(area == null ? "" : area, null, ActivityMonthTotals.counts(rs)));
					}
					else if (rs.getObject("agreement_id") != null) {
						byAgreement.put(rs.getLong("agreement_id"), ActivityMonthTotals.counts(rs));
					}
				});
		byCommune.sort(Comparator.comparing(r -> Long.valueOf(r.key())));
		byArea.sort(Comparator.comparing(Row::key));

		Map<String, long[]> groups = new LinkedHashMap<>();
		for (String type : List.of("SECURITY_ORDER", "BORDER_MARKER")) {
			groups.put(type, new long[4]);
		}
		jdbc.query("""
				select g.type, count(*) n, coalesce(sum(g.member_count), 0) members from self_managed_group g
				where g.commune_id in (:ids) and (g.established_on is null or g.established_on <= :to) group by g.type
				""", p, rs -> {
			long[] v = groups.computeIfAbsent(rs.getString("type"), k -> new long[4]);
			v[0] = rs.getLong("n");
			v[1] = rs.getLong("members");
		});
		jdbc.query("""
				select x.type, count(*) hh, coalesce(sum(x.members), 0) persons from (
				  select distinct g.type, h.id, h.members from self_managed_group g
				  join self_managed_group_household gh on gh.group_id = g.id join household h on h.id = gh.household_id
				  where g.commune_id in (:ids) and (g.established_on is null or g.established_on <= :to)) x
				group by x.type
				""", p, rs -> {
			long[] v = groups.computeIfAbsent(rs.getString("type"), k -> new long[4]);
			v[2] = rs.getLong("hh");
			v[3] = rs.getLong("persons");
		});
		List<GroupRow> groupRows = groups.entrySet()
			.stream()
			.map(e -> new GroupRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
			.toList();

		List<PopulationRow> people = jdbc.query("""
				select h.commune_id, count(*) hh, coalesce(sum(h.members), 0) persons from household h
				where not h.archived and h.commune_id in (:ids) group by h.commune_id order by h.commune_id
				""", p, (rs, i) -> new PopulationRow(labels.get(rs.getLong(1)), rs.getLong(2), rs.getLong(3)));
		Population population = new Population(people.stream().mapToLong(PopulationRow::households).sum(),
				people.stream().mapToLong(PopulationRow::persons).sum(), people);

		// from the poverty counts per commune and year (V045), not the households' poverty rows
		Poverty poverty = jdbc.queryForObject("""
				select
				  coalesce(sum(t.n) filter (where t.year = :startYear and t.status = 'POOR'), 0) poor_start,
				  coalesce(sum(t.n) filter (where t.year = :startYear and t.status = 'NEAR_POOR'), 0) near_start,
				  coalesce(sum(t.n) filter (where t.year = :endYear and t.status = 'POOR'), 0) poor_end,
				  coalesce(sum(t.n) filter (where t.year = :endYear and t.status = 'NEAR_POOR'), 0) near_end,
				  (select count(*) from household h2 where not h2.archived and h2.commune_id in (:ids)
				     and h2.escaped_poverty_year between :startYear and :endYear) escaped
				from household_poverty_total t
				where t.commune_id in (:ids) and t.year in (:startYear, :endYear)
				""", p, (rs, i) -> new Poverty(q.from().getYear(), rs.getLong(1), rs.getLong(2), q.to().getYear(),
						rs.getLong(3), rs.getLong(4), rs.getLong(5)));

		Models models = jdbc.queryForObject("""
				select count(distinct m.id), count(distinct mh.household_id),
				       coalesce(string_agg(distinct m.name, '; '), '')
				from economic_model m left join economic_model_household mh on mh.model_id = m.id
				where m.commune_id in (:ids) and (m.started_on is null or m.started_on <= :to)
				""", p, (rs, i) -> new Models(rs.getLong(1), rs.getLong(2),
						rs.getString(3).isEmpty() ? List.of() : List.of(rs.getString(3).split("; "))));

		return new PeriodReport(unit.label, q.from(), q.to(),
				unit.communeIds.stream().map(labels::get).filter(l -> l != null).sorted().toList(),
				ActivityCounts.sum(byCommune.stream().map(Row::totals).toList()), byCommune, byArea, groupRows, population, poverty, models,
				targets(p, q, byAgreement));
	}

	/** Targets of the agreements valid in the period, against the submitted activities linked to them. */
	private List<TargetRow> targets(MapSqlParameterSource p, Query q, Map<Long, ActivityCounts> byAgreement) {
		return jdbc.query("""
				select ag.id, ag.number, ag.valid_from, ag.valid_to, t.content_area, t.indicator, t.metric,
				       t.target_value, t.unit, t.per
				from agreement ag join agreement_target t on t.agreement_id = ag.id
				where ag.valid_from <= :to and ag.valid_to >= :from
				  and exists (select 1 from agreement_commune ac where ac.agreement_id = ag.id and ac.commune_id in (:ids))
				  and (cast(:agreement as bigint) is null or ag.id = :agreement)
				order by ag.valid_from, ag.number, t.position
				""", p, (rs, i) -> {
			ActivityCounts t = byAgreement.getOrDefault(rs.getLong("id"), ActivityCounts.ZERO);
			Target.Metric metric = Target.Metric.valueOf(rs.getString("metric"));
			// a patrol target of the period report counts the inspections with the patrols
			long value = metric == Target.Metric.PATROLS ? t.patrolsAndInspections() : t.of(metric);
			LocalDate validFrom = rs.getDate("valid_from").toLocalDate();
			LocalDate validTo = rs.getDate("valid_to").toLocalDate();
			BigDecimal target = proRated(rs.getBigDecimal("target_value"), rs.getString("per"), validFrom, validTo,
					q.from(), q.to());
			return new TargetRow(rs.getString("number"), rs.getString("content_area"), rs.getString("indicator"), metric.name(),
					target, rs.getString("unit"), value);
		});
	}

	/** A yearly target counts once per year of the overlap; a period target in proportion to the overlap. */
	static BigDecimal proRated(BigDecimal value, String per, LocalDate validFrom, LocalDate validTo, LocalDate from,
			LocalDate to) {
		LocalDate start = validFrom.isAfter(from) ? validFrom : from;
		LocalDate end = validTo.isBefore(to) ? validTo : to;
		long overlap = Math.max(0, ChronoUnit.DAYS.between(start, end) + 1);
		long whole = ChronoUnit.DAYS.between(validFrom, validTo) + 1;
		BigDecimal share = "YEAR".equals(per) ? BigDecimal.valueOf(overlap).divide(BigDecimal.valueOf(365.25), 6,
				RoundingMode.HALF_UP) : BigDecimal.valueOf(overlap).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
		return value.multiply(share).setScale(0, RoundingMode.HALF_UP);
	}

	private record Unit(String label, Set<Long> communeIds) {
	}

	/** The unit's communes with their predecessors, cut to the user's scope; a unit outside it is a 404. */
	private Unit unit(CurrentUser user, Query q) {
		String label;
		List<Long> roots = new ArrayList<>();
		if (q.post() != null) {
			BorderPost post = territory.postByCode(q.post()).orElseThrow(NotFoundException::new);
			label = post.getName();
			territory.coverage(post.getId())
				.stream()
				.filter(c -> !c.getValidFrom().isAfter(q.to()) && (c.getValidTo() == null || !c.getValidTo().isBefore(q.from())))
				.forEach(c -> roots.add(c.getCommune().getId()));
			if (!mayReadPost(user, post)) {
				throw new NotFoundException();
			}
		}
		else if (q.commune() != null) {
			Commune c = territory.communeByCode(q.commune()).orElseThrow(NotFoundException::new);
			label = c.getLabel();
			roots.add(c.getId());
		}
		else if (q.province() != null) {
			var province = territory.provinceByCode(q.province()).orElseThrow(NotFoundException::new);
			label = province.getName();
			roots.addAll(territory.communeIdsInProvince(province.getId()));
			if (user.role() != Role.ADMIN && !(user.role() == Role.VIEWER && province.getId().equals(user.provinceId()))) {
				throw new NotFoundException();
			}
		}
		else if (q.agreement() != null) {
			List<Long> communes = jdbc.queryForList(
					"select commune_id from agreement_commune where agreement_id = :id",
					new MapSqlParameterSource("id", q.agreement()), Long.class);
			String number = jdbc.query("select number from agreement where id = :id",
					new MapSqlParameterSource("id", q.agreement()), rs -> rs.next() ? rs.getString(1) : null);
			if (number == null) {
				throw new NotFoundException();
			}
			label = number;
			roots.addAll(communes);
		}
		else {
			throw new NotFoundException();
		}
		Set<Long> ids = new HashSet<>(roots.isEmpty() ? Set.of() : scopes.withPredecessors(roots).communeIds());
		Scope scope = scopes.scopeOf(user);
		if (!scope.all()) {
			ids.retainAll(scope.communeIds());
		}
		if (ids.isEmpty()) {
			throw new NotFoundException();
		}
		return new Unit(label, ids);
	}

	private boolean mayReadPost(CurrentUser user, BorderPost post) {
		return switch (user.role()) {
			case ADMIN, COMMUNE_OFFICIAL -> true; // an official's report is cut to their commune below
			case COMMANDER, POST_CADRE -> post.getId().equals(user.postId());
			case VIEWER -> post.getProvince().getId().equals(user.provinceId());
		};
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

	/** The units a user may report on, for the form. */
	public List<BorderPost> postsFor(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> territory.allPosts();
			case VIEWER -> territory.postsInProvince(user.provinceId());
			case COMMANDER, POST_CADRE -> territory.post(user.postId()).map(List::of).orElse(List.of());
			case COMMUNE_OFFICIAL -> List.of();
		};
	}

	/** The provinces a user may report on as a whole: the viewer's own province, every province for an admin. */
	public List<Province> provincesFor(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> territory.provinces();
			case VIEWER -> territory.province(user.provinceId()).map(List::of).orElse(List.of());
			case COMMANDER, POST_CADRE, COMMUNE_OFFICIAL -> List.of();
		};
	}

	public List<Commune> communesFor(CurrentUser user) {
		return territory.communesIn(scopes.scopeOf(user));
	}

}
