package vn.phoihop.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.security.CurrentUser;

/**
 * A person's choices per kind of event (V082 {@code notification_preference}): in the app only (no row), by e-mail at
 * once, or in the daily digest. E-mail needs the account's confirmed address (given on /me); a choice that mails
 * without one is refused. Only the kinds the person's role is told of are kept.
 */
@Service
@Transactional
class Preferences {

	private final JdbcTemplate jdbc;

	Preferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's confirmed address, or null. */
	@Transactional(readOnly = true)
	String address(CurrentUser user) {
		return jdbc.query("select email from app_user where id = ?", rs -> rs.next() ? rs.getString(1) : null,
				user.id());
	}

	/** Every kind the role is told of, with the person's choice (APP when none). */
	@Transactional(readOnly = true)
	Map<NotificationKind, Delivery> of(CurrentUser user) {
		Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
		NotificationKind.of(user.role()).forEach(k -> choices.put(k, Delivery.APP));
		jdbc.query("select kind, delivery from notification_preference where user_id = ?", rs -> {
			NotificationKind kind = NotificationKind.valueOf(rs.getString(1));
			if (choices.containsKey(kind)) {
				choices.put(kind, Delivery.valueOf(rs.getString(2)));
			}
		}, user.id());
		return choices;
	}

	/** Saves the choices for the role's kinds (a kind not sent counts as in the app only). */
	void save(CurrentUser user, PreferenceForm form) {
		List<NotificationKind> kinds = NotificationKind.of(user.role());
		boolean mails = kinds.stream().anyMatch(k -> form.getChoices().getOrDefault(k, Delivery.APP).mails());
		if (mails && address(user) == null) {
			throw new BusinessRuleException(null, "notification.preferences.noAddress");
		}
		jdbc.update("delete from notification_preference where user_id = ?", user.id());
		for (NotificationKind k : kinds) {
			Delivery d = form.getChoices().getOrDefault(k, Delivery.APP);
			if (d != Delivery.APP) {
				jdbc.update("insert into notification_preference (user_id, kind, delivery) values (?, ?, ?)", user.id(),
						k.name(), d.name());
			}
		}
	}

}
