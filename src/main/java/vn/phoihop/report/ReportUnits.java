package vn.phoihop.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
 * What a report covers for its reader (docs/design.md §4): the post, commune, province or agreement asked for, as
 * communes with their predecessors, cut to the reader's scope (a unit outside it is a 404); and the units the report
 * forms offer. The period report, its programmes' and plans' sections and the completeness report ask it.
 */
@Component
class ReportUnits {

	private final NamedParameterJdbcTemplate jdbc;

	private final TerritoryService territory;

	private final ScopeService scopes;

	ReportUnits(NamedParameterJdbcTemplate jdbc, TerritoryService territory, ScopeService scopes) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.scopes = scopes;
	}

	/** A report's unit: its name and its communes (with their predecessors, cut to the reader's scope). */
	record Unit(String label, Set<Long> communeIds) {
	}

	/** The unit's communes as a report reads them (with their predecessors, cut to the user's scope); else 404. */
	public Set<Long> communesOf(CurrentUser user, ReportService.Query q) {
		return unit(user, q).communeIds();
	}

	/**
	 * The unit, resolved once per web request: the report's page asks for its communes again for the programmes and the
	 * plans' completion ({@link #communesOf}), and a province's communes are not cached.
	 */
	Unit unit(CurrentUser user, ReportService.Query q) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return resolve(user, q);
		}
		String key = ReportUnits.class.getName() + ".unit." + user.getUsername() + "." + q;
		if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Unit known) {
			return known;
		}
		Unit unit = resolve(user, q);
		request.setAttribute(key, unit, RequestAttributes.SCOPE_REQUEST);
		return unit;
	}

	/** The unit's communes with their predecessors, cut to the user's scope; a unit outside it is a 404. */
	private Unit resolve(CurrentUser user, ReportService.Query q) {
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

	/** The communes a user may report on, for the form. */
	public List<Commune> communesFor(CurrentUser user) {
		return territory.communesIn(scopes.scopeOf(user));
	}

}
