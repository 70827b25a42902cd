package vn.phoihop.review;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Review test data: activities inserted straight into the log for months the demo data does not use (2016), so each
 * test owns its month; and the versions a form would carry.
 */
@Component
public class ReviewFixtures {

	private final JdbcTemplate jdbc;

	ReviewFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long communeId(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	public long postId() {
		return jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
	}

	/** A submitted outreach session with the given attendees. */
	public long outreach(String communeCode, LocalDate day, int attendees, String title) {
		return jdbc.queryForObject("""
				insert into activity (type, activity_date, commune_id, content_area, title, attendee_count, logged_by, status)
				values ('OUTREACH', ?, ?, 'OUTREACH_LEGAL', ?, ?, 'xa.danhoa', 'SUBMITTED') returning id""", Long.class,
				Date.valueOf(day), communeId(communeCode), title, attendees);
	}

	/** A submitted patrol with border guards and militia. */
	public long patrol(String communeCode, LocalDate day, int borderGuard, int militia, String title) {
		return jdbc.queryForObject("""
				insert into activity (type, activity_date, commune_id, content_area, title, part_border_guard, part_militia,
				  logged_by, status)
				values ('PATROL', ?, ?, 'BORDER_SOVEREIGNTY', ?, ?, ?, 'canbo.ramai', 'SUBMITTED') returning id""",
				Long.class, Date.valueOf(day), communeId(communeCode), title, borderGuard, militia);
	}

	public int reviewVersion(YearMonth month) {
		return jdbc.query("select version from monthly_review where post_id = ? and month = ?",
				rs -> rs.next() ? rs.getInt(1) : 0, postId(), Date.valueOf(month.atDay(1)));
	}

	public int submissionVersion(YearMonth month, String communeCode) {
		return jdbc.query("""
				select s.version from commune_submission s join monthly_review r on r.id = s.review_id
				where r.post_id = ? and r.month = ? and s.commune_id = ?""", rs -> rs.next() ? rs.getInt(1) : 0,
				postId(), Date.valueOf(month.atDay(1)), communeId(communeCode));
	}

	public String reviewStatus(YearMonth month) {
		return jdbc.query("select status from monthly_review where post_id = ? and month = ?",
				rs -> rs.next() ? rs.getString(1) : null, postId(), Date.valueOf(month.atDay(1)));
	}

	public String submissionStatus(YearMonth month, String communeCode) {
		return jdbc.query("""
				select s.status from commune_submission s join monthly_review r on r.id = s.review_id
				where r.post_id = ? and r.month = ? and s.commune_id = ?""", rs -> rs.next() ? rs.getString(1) : null,
				postId(), Date.valueOf(month.atDay(1)), communeId(communeCode));
	}

	public int activityVersion(long id) {
		return jdbc.queryForObject("select version from activity where id = ?", Integer.class, id);
	}

	/** The number the register gives Ra Mai's next conclusion issued in the year ("5-KL/ĐU"). */
	public String nextNumber(int year) {
		return jdbc.query("select last_number from document_counter where post_id = ? and type = 'KET_LUAN' and year = ?",
				rs -> rs.next() ? rs.getInt(1) : 0, postId(), year) + 1 + "-KL/ĐU";
	}

	/**
	 * Makes Ra Mai's next conclusion of the year get the number, as V070 does for numbers typed before the register;
	 * only for a year whose numbers up to it no other test takes.
	 */
	public void numberNext(int year, int number) {
		jdbc.update("""
				insert into document_counter (post_id, type, year, last_number) values (?, 'KET_LUAN', ?, ?)
				on conflict (post_id, type, year) do update set last_number = excluded.last_number""", postId(), year,
				number - 1);
	}

	/** The number a month's conclusion was given. */
	public String conclusionNumber(YearMonth month) {
		return jdbc.queryForObject("select conclusion_number from monthly_review where post_id = ? and month = ?",
				String.class, postId(), Date.valueOf(month.atDay(1)));
	}

}
