package vn.phoihop.shared.security;

/** docs/design.md §4. Each role has one kind of scope. */
public enum Role {

	ADMIN, COMMANDER, POST_CADRE, COMMUNE_OFFICIAL, VIEWER;

	public boolean needsPost() {
		return this == COMMANDER || this == POST_CADRE;
	}

	public boolean needsCommune() {
		return this == COMMUNE_OFFICIAL;
	}

	public boolean needsProvince() {
		return this == VIEWER;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
