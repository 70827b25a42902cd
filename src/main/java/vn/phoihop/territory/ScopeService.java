package vn.phoihop.territory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.phoihop.audit.AuditScope;
import vn.phoihop.shared.security.CurrentUser;

/**
 * Computes a user's scope from role and unit; the one place that knows docs/design.md §4's table. Also the audit
 * module's {@link AuditScope}: the communes whose events a commander reads.
 */
@Service
public class ScopeService implements AuditScope {

	private final CommuneRepository communes;

	private final BorderPostRepository posts;

	private final TerritoryCache cache;

	ScopeService(CommuneRepository communes, BorderPostRepository posts, TerritoryCache cache) {
		this.communes = communes;
		this.posts = posts;
		this.cache = cache;
	}

	/**
	 * The user's scope, computed once per web request (a list page asks for it from several services: without the
	 * memo each call costs two or three statements, see docs/performance.md), and kept for the user's unit in the
	 * {@link TerritoryCache} (no transaction and no statement when it is there).
	 */
	public Scope scopeOf(CurrentUser user) {
		if (user == null) {
			return Scope.NONE;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return computeScope(user);
		}
		String key = ScopeService.class.getName() + "." + user.role() + "." + user.getUsername();
		if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Scope cached) {
			return cached;
		}
		Scope scope = computeScope(user);
		request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
		return scope;
	}

	/**
	 * The unit's communes with their predecessors: for a post or a province the unit's communes are cached under the
	 * unit, their predecessors (as for an official's commune) under the communes ({@link #withPredecessors}). Each
	 * repository call is its own read-only transaction, made only when the cache misses.
	 */
	private Scope computeScope(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> new Scope(true, Set.of());
			case COMMANDER, POST_CADRE -> user.postId() == null ? Scope.NONE
					: cache.get(List.of("scope.post", user.postId()),
							() -> withPredecessors(posts.coveredCommuneIds(user.postId())));
			case COMMUNE_OFFICIAL -> user.communeId() == null ? Scope.NONE
					: withPredecessors(List.of(user.communeId()));
			case VIEWER -> user.provinceId() == null ? Scope.NONE
					: cache.get(List.of("scope.province", user.provinceId()),
							() -> withPredecessors(communes.idsInProvince(user.provinceId())));
		};
	}

	@Override
	public Set<Long> communeIds(CurrentUser user) {
		return scopeOf(user).communeIds();
	}

	/** The communes given and all communes merged into them (so a new commune's report includes its past). */
	public Scope withPredecessors(List<Long> communeIds) {
		if (communeIds.isEmpty()) {
			return Scope.NONE;
		}
		List<Long> ids = List.copyOf(communeIds);
		return cache.get(List.of("predecessors", ids),
				() -> new Scope(false, Set.copyOf(new HashSet<>(communes.withPredecessors(ids)))));
	}

}
