package vn.phoihop.notification;

import java.util.EnumMap;
import java.util.Map;

/** /me/notifications: how the person wants to be told of each kind of event their role is told of. */
public class PreferenceForm {

	private Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);

	public Map<NotificationKind, Delivery> getChoices() {
		return choices;
	}

	public void setChoices(Map<NotificationKind, Delivery> choices) {
		this.choices = choices;
	}

}
