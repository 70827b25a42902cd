package vn.phoihop.programme;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;

/**
 * Who reads and records programmes (docs/design.md §14), as {@code HouseholdAccess} for households:
 * <ul>
 * <li>a programme is seen by the users whose scope holds its unit: a post's programme by the post's people, the
 * officials of the communes the post covers and the provincial command of its province; a commune's programme by its
 * officials and the posts covering it; the administrator sees all;</li>
 * <li>its beneficiaries are cut to the reader's scope (an official reads those of their commune only); the provincial
 * command reads totals, never a name;</li>
 * <li>the commander records for the post's programmes (any commune the post covers); a commune official for their
 * commune's programmes and for the beneficiaries of their commune in the programmes of the posts covering it; the
 * programme itself is changed by its unit only (the post's commander, the commune's officials).</li>
 * </ul>
 */
@Component
class ProgrammeAccess {

	private final ScopeService scopes;

	private final TerritoryService territory;

	ProgrammeAccess(ScopeService scopes, TerritoryService territory) {
		this.scopes = scopes;
		this.territory = territory;
	}

	/** Whether the user reads names (everyone who reads households); the provincial command reads totals only. */
	boolean readsNames(CurrentUser user) {
		return user != null && user.role() != Role.VIEWER;
	}

	void requireNames(CurrentUser user) {
		if (!readsNames(user)) {
			throw new AccessDeniedException("programme totals only");
		}
	}

	boolean mayCreate(CurrentUser user) {
		return user != null && ((user.is(Role.COMMANDER) && user.postId() != null)
				|| (user.is(Role.COMMUNE_OFFICIAL) && user.communeId() != null));
	}

	void requireCreate(CurrentUser user) {
		if (!mayCreate(user)) {
			throw new AccessDeniedException("programmes");
		}
	}

	Scope scope(CurrentUser user) {
		return scopes.scopeOf(user);
	}

	/** The posts whose programmes the user sees; null: every post (the administrator). */
	Set<Long> posts(CurrentUser user) {
		if (user == null) {
			return Set.of();
		}
		return switch (user.role()) {
			case ADMIN -> null;
			case COMMANDER, POST_CADRE -> user.postId() == null ? Set.of() : Set.of(user.postId());
			case VIEWER -> ids(territory.postsInProvince(user.provinceId()));
			case COMMUNE_OFFICIAL -> {
				Set<Long> posts = new LinkedHashSet<>();
				scope(user).communeIds().forEach(c -> posts.addAll(ids(territory.postsCovering(c))));
				yield posts;
			}
		};
	}

	private static Set<Long> ids(Iterable<BorderPost> posts) {
		Set<Long> ids = new LinkedHashSet<>();
		posts.forEach(p -> ids.add(p.getId()));
		return ids;
	}

	boolean sees(CurrentUser user, Programme p) {
		Set<Long> posts = posts(user);
		return posts == null || (p.getPostId() != null && posts.contains(p.getPostId()))
				|| (p.getCommuneId() != null && scope(user).includes(p.getCommuneId()));
	}

	/** The programme when the user sees it, else 404 (an id outside the scope is not found, docs/design.md §4). */
	Programme inScope(CurrentUser user, Programme p) {
		if (p == null || !sees(user, p)) {
			throw new NotFoundException();
		}
		return p;
	}

	/** The programme's own unit: the post's commander, the commune's officials. */
	boolean mayEdit(CurrentUser user, Programme p) {
		if (user == null) {
			return false;
		}
		if (user.is(Role.COMMANDER)) {
			return p.getPostId() != null && p.getPostId().equals(user.postId());
		}
		return user.is(Role.COMMUNE_OFFICIAL) && p.getCommuneId() != null && scope(user).includes(p.getCommuneId());
	}

	/** Who adds beneficiaries and records their support (each within their own scope's communes). */
	boolean mayRecord(CurrentUser user, Programme p) {
		if (mayEdit(user, p)) {
			return true;
		}
		return user != null && user.is(Role.COMMUNE_OFFICIAL) && p.getPostId() != null
				&& Objects.requireNonNullElse(posts(user), Set.<Long>of()).contains(p.getPostId());
	}

	/** May record for this beneficiary: records in the programme and the beneficiary's commune is in their scope. */
	boolean mayRecordFor(CurrentUser user, Beneficiary b) {
		return mayRecord(user, b.getProgramme()) && scope(user).includes(b.getCommuneId());
	}

}
