package vn.phoihop.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.db.GenericPlans;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.PostCoverage;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;

/**
 * Totals per village, commune and post (docs/design.md §1), computed by SQL aggregates within the user's scope; the
 * households' counts from the totals per village the database keeps (V047; "Households per village", docs/performance.md).
 */
@Service
@Transactional(readOnly = true)
public class PopulationSummaryService {

	public record Summary(List<PopulationTotals> posts, List<PopulationTotals> communes,
			List<PopulationTotals> villages, PopulationTotals total) {
	}

	private static final String VILLAGES = """
			with hh as (
			  select t.village_id, sum(t.households) as n, sum(t.persons) as p, sum(t.poor) as poor,
			         sum(t.near_poor) as near
			  from household_village_total t where (:all or t.commune_id = any(:ids)) group by t.village_id),
			g as (
			  select g.village_id,
			         count(*) filter (where g.type = 'SECURITY_ORDER') as sg,
			         coalesce(sum(g.member_count) filter (where g.type = 'SECURITY_ORDER'), 0) as sm,
			         count(*) filter (where g.type = 'BORDER_MARKER') as mg
			  from self_managed_group g where (:all or g.commune_id = any(:ids)) group by g.village_id),
			mk as (
			  select g.village_id, count(distinct gh.household_id) as mh, coalesce(sum(gh.members), 0) as mp
			  from self_managed_group g join self_managed_group_household gh on gh.group_id = g.id
			  where g.type = 'BORDER_MARKER' and (:all or g.commune_id = any(:ids)) group by g.village_id),
			md as (
			  select h.village_id, count(distinct m.id) as models, count(distinct mh.household_id) as mhh
			  from economic_model m join economic_model_household mh on mh.model_id = m.id
			  join household h on h.id = mh.household_id
			  where (:all or m.commune_id = any(:ids)) group by h.village_id)
			select v.id, v.name, v.commune_id,
			       coalesce(hh.n, 0) as n, coalesce(hh.p, 0) as p, coalesce(hh.poor, 0) as poor,
			       coalesce(hh.near, 0) as near, coalesce(g.sg, 0) as sg, coalesce(g.sm, 0) as sm,
			       coalesce(g.mg, 0) as mg, coalesce(mk.mh, 0) as mh, coalesce(mk.mp, 0) as mp,
			       coalesce(md.models, 0) as models, coalesce(md.mhh, 0) as mhh
			from village v join commune c on c.id = v.commune_id
			left join hh on hh.village_id = v.id left join g on g.village_id = v.id
			left join mk on mk.village_id = v.id left join md on md.village_id = v.id
			where (:all or v.commune_id = any(:ids))
			order by c.name, c.id, v.name
			""";

	/**
	 * The query for a scope of communes, and for the whole country: without the {@code :all or} of the scope
	 * predicate, each has one plan that fits every scope of its kind, which PostgreSQL keeps (see {@link #summary}).
	 */
	private static final String VILLAGES_IN_SCOPE = VILLAGES
		.replaceAll("\\(:all or ([a-z]+)\\.commune_id = any\\(:ids\\)\\)", "$1.commune_id = any(:ids)");

	private static final String VILLAGES_ALL = VILLAGES
		.replaceAll("\\(:all or [a-z]+\\.commune_id = any\\(:ids\\)\\)", "true");

	private final NamedParameterJdbcTemplate jdbc;

	private final ScopeService scopes;

	private final TerritoryService territory;

	PopulationSummaryService(JdbcTemplate jdbc, ScopeService scopes, TerritoryService territory) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.scopes = scopes;
		this.territory = territory;
	}

	public Summary summary(CurrentUser user) {
		Scope scope = scopes.scopeOf(user);
		MapSqlParameterSource params = new MapSqlParameterSource("all", scope.all()).addValue("ids",
				scope.idsForQuery());
		Map<Long, Long> modelsByCommune = new HashMap<>();
		jdbc.query("select commune_id, count(*) from economic_model where (:all or commune_id = any(:ids)) group by commune_id",
				params, rs -> {
					modelsByCommune.put(rs.getLong(1), rs.getLong(2));
				});
		// Planned once per connection, not on every request: this query of five aggregates took 2.2 ms to plan
		// against 1.5 ms to run (GenericPlans, docs/performance.md). For the rest of this transaction only: the models
		// are counted above with a plan for their values; the territory below comes from its cache.
		GenericPlans.forThisTransaction(jdbc.getJdbcTemplate());
		List<PopulationTotals> villages = jdbc.query(scope.all() ? VILLAGES_ALL : VILLAGES_IN_SCOPE, params,
				(rs, i) -> new PopulationTotals(rs.getLong("id"), rs.getString("name"), rs.getLong("commune_id"),
						rs.getLong("n"), rs.getLong("p"), rs.getLong("poor"), rs.getLong("near"), rs.getLong("sg"),
						rs.getLong("sm"), rs.getLong("mg"), rs.getLong("mh"), rs.getLong("mp"), rs.getLong("models"),
						rs.getLong("mhh")));
		Map<Long, PopulationTotals> communes = new LinkedHashMap<>();
		for (var c : territory.communesIn(scope)) {
			communes.put(c.getId(), PopulationTotals.zero(c.getId(), c.getLabel()));
		}
		for (PopulationTotals v : villages) {
			communes.computeIfPresent(v.communeId(), (k, c) -> c.plus(v));
		}
		// models belong to a commune: count them there (a new commune's models on its own row)
		communes.replaceAll((k, c) -> c.relabel(c.id(), c.label(), modelsByCommune.getOrDefault(k, 0L)));
		List<PopulationTotals> communeRows = new ArrayList<>(communes.values());

		PopulationTotals total = PopulationTotals.zero(null, null);
		for (PopulationTotals c : communeRows) {
			total = total.plus(c);
		}
		List<PopulationTotals> posts = new ArrayList<>();
		for (BorderPost post : visiblePosts(user)) {
			List<Long> covered = territory.coverage(post.getId())
				.stream()
				.map(PostCoverage::getCommune)
				.map(c -> c.getId())
				.distinct()
				.toList();
			Set<Long> ids = scopes.withPredecessors(covered).communeIds();
			PopulationTotals t = PopulationTotals.zero(post.getId(), post.getName());
			for (PopulationTotals c : communeRows) {
				if (ids.contains(c.id())) {
					t = t.plus(c);
				}
			}
			posts.add(t.relabel(post.getId(), post.getName(), t.models()));
		}
		return new Summary(posts, communeRows, villages, total);
	}

	private List<BorderPost> visiblePosts(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> territory.allPosts();
			case COMMANDER, POST_CADRE -> territory.post(user.postId()).map(List::of).orElse(List.of());
			case VIEWER -> user.provinceId() == null ? List.of() : territory.postsInProvince(user.provinceId());
			case COMMUNE_OFFICIAL -> List.of();
		};
	}

}
