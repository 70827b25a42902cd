package vn.phoihop.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The kept messages ({@code mail_outbox}): each kept for {@code app.mail.outbox-days} (7), then removed. */
@Repository
class MailOutbox {

	record Kept(long id, Instant createdAt, String recipient, String subject, String body, boolean sent) {

		/** The body's paragraphs (separated by a blank line), each shown wrapped to the screen's width. */
		public List<String> paragraphs() {
			return List.of(body.strip().split("\\n\\s*\\n"));
		}

	}

	private final JdbcTemplate jdbc;

	private final int days;

	MailOutbox(JdbcTemplate jdbc, @Value("${app.mail.outbox-days:7}") int days) {
		this.jdbc = jdbc;
		this.days = days;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void keep(String recipient, String subject, String body, boolean sent) {
		jdbc.update("delete from mail_outbox where created_at < now() - make_interval(days => ?)", days);
		jdbc.update("insert into mail_outbox (recipient, subject, body, sent) values (?, ?, ?, ?)", recipient,
				subject.length() > 300 ? subject.substring(0, 300) : subject, body, sent);
	}

	@Transactional(readOnly = true)
	long count() {
		Long n = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
		return n == null ? 0 : n;
	}

	@Transactional(readOnly = true)
	List<Kept> page(int offset, int size) {
		return jdbc.query("""
				select id, created_at, recipient, subject, body, sent from mail_outbox
				order by created_at desc, id desc offset ? limit ?""",
				(rs, i) -> new Kept(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getBoolean(6)),
				offset, size);
	}

}
