package vn.phoihop.notification;

import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.web.DateText;
import vn.phoihop.situation.SituationItemRecorded;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.TerritoryService;

/**
 * An item of the highest severity in the situation register: the commanders of the posts covering its commune are
 * told at once, once per item (a later change of the item tells no one again). The message names the commune and
 * the day only, never the item's content: it may be restricted, and an e-mail leaves the application.
 */
@Component
class SituationNotices {

	private final Notifications notifications;

	private final Recipients recipients;

	private final TerritoryService territory;

	SituationNotices(Notifications notifications, Recipients recipients, TerritoryService territory) {
		this.notifications = notifications;
		this.recipients = recipients;
		this.territory = territory;
	}

	@EventListener
	void recorded(SituationItemRecorded e) {
		if (!e.highest()) {
			return;
		}
		notifications.tell(recipients.commandersCovering(e.communeId(), LocalDate.now()),
				Notification.of(NotificationKind.SITUATION_URGENT, "situation:" + e.itemId(), "",
						"/situation/" + e.itemId(), territory.commune(e.communeId()).map(Commune::getName).orElse(""),
						e.occurredOn() == null ? "" : DateText.DAY.format(e.occurredOn())));
	}

}
