package vn.phoihop.audit;

import java.util.Set;

import vn.phoihop.shared.security.CurrentUser;

/**
 * The communes of a user's scope, with their predecessors (docs/design.md §4), for reading the audit trail. Declared
 * here and implemented by the territory module ({@code ScopeService}), which depends on this one: the audit module
 * reads scopes without depending on the module that computes them.
 */
public interface AuditScope {

	Set<Long> communeIds(CurrentUser user);

}
