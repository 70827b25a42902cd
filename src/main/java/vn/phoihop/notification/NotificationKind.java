package vn.phoihop.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import vn.phoihop.shared.security.Role;

/**
 * The kinds of event a person is told of, each with the roles it reaches (which kinds /me/notifications offers).
 * Its texts: {@code notification.kind.<KIND>} (its name), {@code notification.text.<KIND>} (the message, with the
 * values stored with the notification as its arguments) in messages/notification.
 */
public enum NotificationKind {

	/** The commune's report of a month is due within a few days ({@link Reminders#SOON_DAYS}). */
	REPORT_DUE_SOON(Role.COMMUNE_OFFICIAL),
	/** The commune's report is due today. */
	REPORT_DUE_TODAY(Role.COMMUNE_OFFICIAL),
	/** The commune's report is past its due date and not sent. */
	REPORT_OVERDUE(Role.COMMUNE_OFFICIAL),
	/** The commander returned the commune's report, with the reason. */
	REPORT_RETURNED(Role.COMMUNE_OFFICIAL),
	/** A commune sent its returned report again (to the commander). */
	REPORT_SENT_AGAIN(Role.COMMANDER),
	/** The month is to be concluded within a few days (to the commander). */
	CONCLUSION_DUE_SOON(Role.COMMANDER),
	/** The month is past its conclusion date and not concluded. */
	CONCLUSION_OVERDUE(Role.COMMANDER),
	/** The post concluded a month (to its communes, and to each cadre who got a task). */
	MONTH_CONCLUDED(Role.COMMUNE_OFFICIAL, Role.POST_CADRE, Role.COMMANDER),
	/** A task is due within a few days (to its cadre). */
	TASK_DUE_SOON(Role.POST_CADRE, Role.COMMANDER),
	/** A task is past its due date and open. */
	TASK_OVERDUE(Role.POST_CADRE, Role.COMMANDER),
	/** An agreement ends within {@link Reminders#AGREEMENT_DAYS} days (to the post's commander and its communes). */
	AGREEMENT_ENDING(Role.COMMANDER, Role.COMMUNE_OFFICIAL),
	/** An item of the highest severity was recorded in the post's area (to the commander, at once). */
	SITUATION_URGENT(Role.COMMANDER);

	private final Set<Role> roles;

	NotificationKind(Role... roles) {
		this.roles = Set.of(roles);
	}

	/** The kinds a role may be told of, in this order. */
	public static List<NotificationKind> of(Role role) {
		return Arrays.stream(values()).filter(k -> k.roles.contains(role)).toList();
	}

	public String labelKey() {
		return "notification.kind." + name();
	}

	public String textKey() {
		return "notification.text." + name();
	}

}
