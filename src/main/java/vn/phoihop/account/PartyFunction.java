package vn.phoihop.account;

/**
 * A post's user's function in the post's Party committee (Đảng ủy đồn). The secretary and the deputy secretary
 * sign the committee's documents on its behalf ("T/M ĐẢNG ỦY" over "BÍ THƯ" or "PHÓ BÍ THƯ"); the others do not.
 * No function is {@code null} on the account.
 */
public enum PartyFunction {

	SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER, COMMITTEE_MEMBER;

	/** Whether this function signs for the committee. */
	public boolean signs() {
		return this == SECRETARY || this == DEPUTY_SECRETARY;
	}

	/** Its label ("Phó Bí thư"); a document prints it in capitals. */
	public String labelKey() {
		return "partyFunction." + name();
	}

}
