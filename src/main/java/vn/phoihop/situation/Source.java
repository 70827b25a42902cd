package vn.phoihop.situation;

/** Where an item of information came from (nguồn tin). */
public enum Source {

	COMMUNE_POLICE, MILITIA, POST_PATROL, SELF_MANAGED_GROUP, RESIDENT, OTHER;

	public String labelKey() {
		return "situation.source." + name();
	}

}
