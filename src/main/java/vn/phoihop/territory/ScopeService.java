package vn.phoihop.territory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.phoihop.shared.security.CurrentUser;

/** Computes a user's scope from role and unit; the one place that knows DESIGN.md §4's table. */
@Service
public class ScopeService {

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

	private Scope computeScope(CurrentUser user) {
		Object key = switch (user.role()) {
			case ADMIN -> null;
			case COMMANDER, POST_CADRE -> "scope.post." + user.postId();
			case COMMUNE_OFFICIAL -> "scope.commune." + user.communeId();
			case VIEWER -> "scope.province." + user.provinceId();
		};
		return key == null ? loadScope(user) : cache.get(key, () -> loadScope(user));
	}

	/** Two statements (each repository call its own read-only transaction): the unit's communes, their predecessors. */
	private Scope loadScope(CurrentUser user) {
		List<Long> roots = switch (user.role()) {
			case ADMIN -> null;
			case COMMANDER, POST_CADRE -> user.postId() == null ? List.of() : posts.coveredCommuneIds(user.postId());
			case COMMUNE_OFFICIAL -> user.communeId() == null ? List.of() : List.of(user.communeId());
			case VIEWER -> user.provinceId() == null ? List.of() : communes.idsInProvince(user.provinceId());
		};
		if (roots == null) {
			return new Scope(true, Set.of());
		}
		return withPredecessors(roots);
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
