package vn.phoihop.household;

/**
 * A member's values as a form or an import row gives them (never the web form itself); {@code id}: the member it
 * updates, null for a new one.
 */
public record MemberValues(Long id, String fullName, Integer birthYear, Sex sex, Relation relation,
		SchoolLevel schoolLevel) {
}
