package vn.phoihop.privacy.request;

/** What the person asks (Law 91/2025, the rights of the data subject; docs/privacy.md §3). */
public enum RequestKind {

	ACCESS, CORRECT, DELETE, RESTRICT, OBJECT, WITHDRAW_CONSENT;

	public String messageKey() {
		return "privacy.request.kind." + name();
	}

}
