package vn.phoihop.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.web.Paging;

/**
 * A person's own notifications: the bell's count, the list (newest first, all or unread), opening one (it becomes
 * read) and marking one or all as read. Every statement carries the person's id: another's notification is a 404.
 */
@Service
@Transactional
class NotificationInbox {

	/** The bell shows at most this; more is "99+". */
	static final int BELL_MAX = 100;

	private final JdbcTemplate jdbc;

	NotificationInbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The unread ones, counted up to {@link #BELL_MAX}. */
	@Transactional(readOnly = true)
	int unread(long userId) {
		Integer n = jdbc.queryForObject("""
				select count(*) from (select 1 from notification where user_id = ? and read_at is null limit ?) x""",
				Integer.class, userId, BELL_MAX);
		return n == null ? 0 : n;
	}

	@Transactional(readOnly = true)
	Page<Notification> page(long userId, boolean unreadOnly, int page) {
		PageRequest request = PageRequest.of(Paging.index(page), Paging.SIZE);
		String where = " where user_id = ?" + (unreadOnly ? " and read_at is null" : "");
		Long total = jdbc.queryForObject("select count(*) from notification" + where, Long.class, userId);
		List<Notification> rows = new ArrayList<>(jdbc.query("""
				select id, kind, subject, period, link, args, created_at, read_at is not null as read from notification
				""" + where + " order by created_at desc, id desc offset ? limit ?",
				(rs, i) -> new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
						rs.getString("subject"), rs.getString("period"), rs.getString("link"),
						Arrays.asList((String[]) rs.getArray("args").getArray()),
						rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")),
				userId, request.getOffset(), Paging.SIZE));
		return new PageImpl<>(rows, request, total == null ? 0 : total);
	}

	/** Marks the person's notification read and gives its record's page; another's is a 404. */
	String open(long userId, long id) {
		markRead(userId, id);
		return jdbc.queryForObject("select link from notification where id = ? and user_id = ?", String.class, id,
				userId);
	}

	void markRead(long userId, long id) {
		Integer own = jdbc.queryForObject("select count(*) from notification where id = ? and user_id = ?",
				Integer.class, id, userId);
		if (own == null || own == 0) {
			throw new NotFoundException();
		}
		jdbc.update("update notification set read_at = now() where id = ? and user_id = ? and read_at is null", id,
				userId);
	}

	int markAllRead(long userId) {
		return jdbc.update("update notification set read_at = now() where user_id = ? and read_at is null", userId);
	}

}
