package vn.phoihop.territory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.security.CurrentUser;

/** Computes a user's scope from role and unit; the one place that knows DESIGN.md §4's table. */
@Service
@Transactional(readOnly = true)
public class ScopeService {

	private final CommuneRepository communes;

	private final BorderPostRepository posts;

	ScopeService(CommuneRepository communes, BorderPostRepository posts) {
		this.communes = communes;
		this.posts = posts;
	}

	public Scope scopeOf(CurrentUser user) {
		if (user == null) {
			return Scope.NONE;
		}
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
		return new Scope(false, Set.copyOf(new HashSet<>(communes.withPredecessors(communeIds))));
	}

}
