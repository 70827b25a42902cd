package vn.phoihop.household;

/** A member's relation to the head of the household (quan hệ với chủ hộ). */
public enum Relation {

	HEAD, SPOUSE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, SIBLING, OTHER;

	public String messageKey() {
		return "member.relation." + name();
	}

}
