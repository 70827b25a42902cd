package vn.phoihop.agreement;

public enum AgreementStatus {

	DRAFT, ACTIVE, ENDED, SUPERSEDED;

	public String labelKey() {
		return "agreement.status." + name();
	}

}
