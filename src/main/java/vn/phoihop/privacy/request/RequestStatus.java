package vn.phoihop.privacy.request;

/** A request's life: received, in progress, extended once, then answered or refused (with the reason). */
public enum RequestStatus {

	RECEIVED, IN_PROGRESS, EXTENDED, ANSWERED, REFUSED;

	public boolean open() {
		return this != ANSWERED && this != REFUSED;
	}

	public String messageKey() {
		return "privacy.request.status." + name();
	}

}
