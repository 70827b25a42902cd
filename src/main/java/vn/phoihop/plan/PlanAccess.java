package vn.phoihop.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/**
 * Who reads and changes plans (docs/design.md §16):
 * <ul>
 * <li>a plan is read by its post's commander and cadres, by everyone whose scope meets one of its agreement's communes
 * (the communes' officials, the provincial command, another post covering the same commune), and by the
 * administrator; the post's people and the administrator see all its items, the others the items of their scope;</li>
 * <li>the post's commander and cadres draft it and record how its items went; the officials of a commune propose and
 * change, while it is a draft, the items their commune leads, and record how those went;</li>
 * <li>only the commander of the post approves it, or returns it to draft.</li>
 * </ul>
 */
@Component
class PlanAccess {

	/** The scope predicate of {@link CoordinationPlanRepository#READABLE}. */
	record Readers(boolean all, Long postId, Long[] ids) {
	}

	private final ScopeService scopes;

	PlanAccess(ScopeService scopes) {
		this.scopes = scopes;
	}

	static boolean postUser(CurrentUser user) {
		return user != null && (user.is(Role.COMMANDER) || user.is(Role.POST_CADRE));
	}

	Readers readers(CurrentUser user) {
		Scope scope = scopes.scopeOf(user);
		return new Readers(scope.all(), postUser(user) && user.postId() != null ? user.postId() : -1L,
				scope.idsForQuery());
	}

	Scope scope(CurrentUser user) {
		return scopes.scopeOf(user);
	}

	boolean ownPost(CurrentUser user, CoordinationPlan plan) {
		return postUser(user) && plan.getPostId().equals(user.postId());
	}

	boolean seesAllItems(CurrentUser user, CoordinationPlan plan) {
		return user.is(Role.ADMIN) || ownPost(user, plan);
	}

	boolean sees(CurrentUser user, PlannedItem item) {
		return seesAllItems(user, item.getPlan()) || scopes.scopeOf(user).includes(item.getCommuneId());
	}

	boolean mayCreate(CurrentUser user) {
		return postUser(user) && user.postId() != null;
	}

	boolean mayApprove(CurrentUser user, CoordinationPlan plan) {
		return user.is(Role.COMMANDER) && plan.getPostId().equals(user.postId());
	}

	/** The communes of the agreement the user may place an item in (an official: those of their scope). */
	List<Long> itemCommunes(CurrentUser user, CoordinationPlan plan, Collection<Long> agreementCommunes) {
		if (ownPost(user, plan)) {
			return List.copyOf(agreementCommunes);
		}
		if (user.is(Role.COMMUNE_OFFICIAL)) {
			Scope scope = scopes.scopeOf(user);
			return agreementCommunes.stream().filter(scope::includes).toList();
		}
		return List.of();
	}

	/** Whether the user adds items to the plan while it is a draft. */
	boolean mayAddItems(CurrentUser user, CoordinationPlan plan, Collection<Long> agreementCommunes) {
		return plan.isDraft() && !itemCommunes(user, plan, agreementCommunes).isEmpty();
	}

	/** An official leads only their commune's items: they propose and keep those alone. */
	static boolean communeOnly(CurrentUser user) {
		return user.is(Role.COMMUNE_OFFICIAL);
	}

	/** Whether the user changes the item (its values in a draft, how it went in an approved plan). */
	boolean mayChange(CurrentUser user, PlannedItem item) {
		if (ownPost(user, item.getPlan())) {
			return true;
		}
		return user.is(Role.COMMUNE_OFFICIAL) && item.getLedBy() == Lead.COMMUNE
				&& scopes.scopeOf(user).includes(item.getCommuneId());
	}

}
