package vn.phoihop.notification;

/**
 * How a person wants to be told of a kind of event (/me/notifications): in the app only (the default), also by
 * e-mail at once, or also in the daily e-mail digest. Every notification is in the app whatever the choice.
 */
public enum Delivery {

	APP, NOW, DIGEST;

	/** Whether this choice sends e-mail (and so needs an address). */
	public boolean mails() {
		return this != APP;
	}

	public String labelKey() {
		return "notification.delivery." + name();
	}

}
