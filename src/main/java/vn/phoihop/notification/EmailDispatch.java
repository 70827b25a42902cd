package vn.phoihop.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends by e-mail the stored notifications whose person chose it ({@link InAppChannel} marks them): those to send at
 * once, and each person's digest. Each message is sent in its own transaction, which first locks its notifications
 * ({@code for update skip locked}) and marks them sent: two instances never send the same one (the second skips the
 * rows the first holds, then finds them sent), and a message the SMTP server refused leaves them unsent, for the
 * next run ({@link NotificationJobs}: every few minutes, after the reminders, and the digest's own run). After
 * {@link #MAX_ATTEMPTS} refusals a notification is no longer mailed (it stays in the app).
 */
@Service
class EmailDispatch {

	private static final Logger log = LoggerFactory.getLogger(EmailDispatch.class);

	static final int MAX_ATTEMPTS = 10;

	private static final int BATCH = 500;

	private static final String SELECT = """
			select n.id, n.kind, n.subject, n.period, n.link, n.args, n.created_at, n.read_at is not null as read,
			       u.id as user_id, u.username, u.full_name, u.email, u.locale
			from notification n join app_user u on u.id = n.user_id
			""";

	private record Row(Recipient recipient, Notification notification) {
	}

	private final NamedParameterJdbcTemplate named;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final EmailChannel email;

	EmailDispatch(NamedParameterJdbcTemplate named, PlatformTransactionManager transactions, EmailChannel email) {
		this.named = named;
		this.jdbc = named.getJdbcTemplate();
		this.tx = new TransactionTemplate(transactions);
		this.email = email;
	}

	/** Mails the notifications waiting to go at once, oldest first; returns how many went. */
	int sendPending() {
		int sent = 0;
		List<Long> ids = jdbc.queryForList("""
				select id from notification where email = 'NOW' and emailed_at is null and email_attempts < ?
				order by id limit ?""", Long.class, MAX_ATTEMPTS, BATCH);
		for (Long id : ids) {
			if (send(List.of(id), "NOW")) {
				sent++;
			}
		}
		return sent;
	}

	/** Mails each person the digest of their notifications waiting for it; returns how many digests went. */
	int sendDigests() {
		int sent = 0;
		List<Long> users = jdbc.queryForList("""
				select distinct user_id from notification
				where email = 'DIGEST' and emailed_at is null and email_attempts < ?""", Long.class, MAX_ATTEMPTS);
		for (Long user : users) {
			List<Long> ids = jdbc.queryForList("""
					select id from notification where user_id = ? and email = 'DIGEST' and emailed_at is null
					  and email_attempts < ? order by id""", Long.class, user, MAX_ATTEMPTS);
			if (send(ids, "DIGEST")) {
				sent++;
			}
		}
		return sent;
	}

	/** Locks what is still unsent of these notifications (one person's), marks it sent and mails it as one message. */
	private boolean send(List<Long> ids, String kind) {
		try {
			return Boolean.TRUE.equals(tx.execute(status -> {
				List<Row> rows = named.query(SELECT + """
						where n.id in (:ids) and n.email = :kind and n.emailed_at is null
						order by n.id for update of n skip locked""",
						new MapSqlParameterSource("ids", ids).addValue("kind", kind), (rs, i) -> row(rs));
				if (rows.isEmpty()) {
					return false;
				}
				named.update("update notification set emailed_at = now() where id in (:ids)",
						new MapSqlParameterSource("ids", rows.stream().map(r -> r.notification().id()).toList()));
				Recipient to = rows.get(0).recipient();
				if (!email.reaches(to)) {
					return false; // the address was removed since: the notifications stay in the app
				}
				email.deliver(to, rows.stream().map(Row::notification).toList());
				return true;
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Notifications {} not mailed, left for the next run: {}", ids, ex.getMessage());
			named.update("update notification set email_attempts = email_attempts + 1 where id in (:ids)",
					new MapSqlParameterSource("ids", ids));
			return false;
		}
	}

	private static Row row(ResultSet rs) throws SQLException {
		Recipient to = new Recipient(rs.getLong("user_id"), rs.getString("username"), rs.getString("full_name"),
				rs.getString("email"), rs.getString("locale"));
		Notification n = new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("subject"), rs.getString("period"), rs.getString("link"),
				new ArrayList<>(Arrays.asList((String[]) rs.getArray("args").getArray())),
				rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read"));
		return new Row(to, n);
	}

}
