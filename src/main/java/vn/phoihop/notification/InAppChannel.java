package vn.phoihop.notification;

import java.sql.Array;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications in the app: delivering stores them (the bell and /notifications show them). Each is stored once
 * per person, kind, subject and period: the table's unique key and "on conflict do nothing" make a second delivery
 * of the same notification — a run repeated or retried, or started on another instance at the same moment — store
 * nothing (each statement inserts in the key's order, so that two instances storing the same rows at once wait
 * for each other instead of deadlocking). Storing also notes whether the person's choice for the kind mails it too, at once or in the digest (only
 * with a confirmed address); {@link EmailDispatch} sends those.
 */
@Component
class InAppChannel implements NotificationChannel {

	/** The columns a bulk delivery's query yields, in this order. */
	static final String COLUMNS = "user_id, kind, subject, period, link, args";

	private static final String INSERT = """
			insert into notification (user_id, kind, subject, period, link, args, email)
			select q.user_id, q.kind, q.subject, q.period, q.link, q.args,
			       case when u.email is not null and p.delivery in ('NOW', 'DIGEST') then p.delivery end
			from (%s) q
			join app_user u on u.id = q.user_id
			left join notification_preference p on p.user_id = q.user_id and p.kind = q.kind
			order by q.user_id, q.kind, q.subject, q.period
			on conflict (user_id, kind, subject, period) do nothing""";

	private final NamedParameterJdbcTemplate named;

	private final JdbcTemplate jdbc;

	InAppChannel(NamedParameterJdbcTemplate named) {
		this.named = named;
		this.jdbc = named.getJdbcTemplate();
	}

	@Override
	public String name() {
		return "in-app";
	}

	@Override
	public boolean reaches(Recipient recipient) {
		return true;
	}

	/** Stores the notifications for the person; those stored already are left as they are. */
	@Override
	@Transactional
	public void deliver(Recipient recipient, List<Notification> notifications) {
		store(recipient.userId(), notifications);
	}

	/** Stores them; returns how many were new. */
	@Transactional
	int store(long userId, List<Notification> notifications) {
		int stored = 0;
		for (Notification n : notifications) {
			stored += jdbc.update(INSERT.formatted("select ? as user_id, ? as kind, ? as subject, ? as period, "
					+ "? as link, ? as args"), ps -> {
						ps.setLong(1, userId);
						ps.setString(2, n.kind().name());
						ps.setString(3, n.subject());
						ps.setString(4, n.period());
						ps.setString(5, n.link());
						Array args = ps.getConnection().createArrayOf("text", n.args().toArray());
						ps.setArray(6, args);
					});
		}
		return stored;
	}

	/**
	 * Stores, in one statement, every notification a query yields ({@link #COLUMNS}: user_id, kind, subject, period,
	 * link, args as text[]); returns how many were new.
	 */
	@Transactional
	int storeAll(String query, MapSqlParameterSource params) {
		return named.update(INSERT.formatted(query), params);
	}

}
