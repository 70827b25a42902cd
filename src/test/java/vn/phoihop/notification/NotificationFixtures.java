package vn.phoihop.notification;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A small world of its own for each test that needs one (the tests share one database): a province, a post covering
 * new communes over the dates given, each commune's official, the post's commander and a cadre with an account —
 * every code and username new, so that reminders and reports of the demo data and of other tests never meet it.
 */
@Component
public class NotificationFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** What a world holds: ids, codes and usernames. */
	public record World(long province, String provinceCode, long post, String postCode, String postName,
			List<Long> communes, List<String> communeNames, List<String> officials, String commander,
			String cadreUser, long cadre) {

		public long commune(int i) {
			return communes.get(i);
		}

		public String official(int i) {
			return officials.get(i);
		}

	}

	private final JdbcTemplate jdbc;

	NotificationFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A world of {@code communes} communes covered from {@code from} to {@code to} (null: still covered). */
	public World world(int communes, LocalDate from, LocalDate to) {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
		String hash = jdbc.queryForObject("select password_hash from app_user where username = 'xa.danhoa'",
				String.class);
		String provinceCode = "TP" + tag;
		long province = jdbc.queryForObject("insert into province (code, name) values (?, ?) returning id", Long.class,
				provinceCode, "Tỉnh Thử " + tag);
		String postCode = "DT" + tag;
		String postName = "Đồn Biên phòng Thử " + tag;
		long post = jdbc.queryForObject("""
				insert into border_post (code, name, provincial_command, province_id) values (?, ?, 'BCH thử', ?)
				returning id""", Long.class, postCode, postName, province);
		List<Long> ids = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> officials = new ArrayList<>();
		for (int i = 0; i < communes; i++) {
			String name = "Xã Thử " + tag + "-" + (char) ('A' + i);
			long commune = jdbc.queryForObject(
					"insert into commune (code, name, province_id) values (?, ?, ?) returning id", Long.class,
					"XT" + tag + i, name, province);
			jdbc.update("insert into post_coverage (post_id, commune_id, valid_from, valid_to) values (?, ?, ?, ?)",
					post, commune, Date.valueOf(from), to == null ? null : Date.valueOf(to));
			String official = ("xa.t" + tag + i).toLowerCase();
			jdbc.update("""
					insert into app_user (username, password_hash, full_name, role, commune_id)
					values (?, ?, ?, 'COMMUNE_OFFICIAL', ?)""", official, hash, "Cán bộ " + name, commune);
			ids.add(commune);
			names.add(name);
			officials.add(official);
		}
		String commander = ("chihuy.t" + tag).toLowerCase();
		jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, post_id)
				values (?, ?, ?, 'COMMANDER', ?)""", commander, hash, "Chỉ huy Thử " + tag, post);
		String cadreUser = ("canbo.t" + tag).toLowerCase();
		long cadreUserId = jdbc.queryForObject("""
				insert into app_user (username, password_hash, full_name, role, post_id)
				values (?, ?, ?, 'POST_CADRE', ?) returning id""", Long.class, cadreUser, hash, "Cán bộ Đồn " + tag,
				post);
		long cadre = jdbc.queryForObject(
				"insert into cadre (post_id, name, user_id) values (?, ?, ?) returning id", Long.class, post,
				"Trung úy Thử " + tag, cadreUserId);
		return new World(province, provinceCode, post, postCode, postName, ids, names, officials, commander, cadreUser,
				cadre);
	}

	public long userId(String username) {
		return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	/** A confirmed address on the account (as /me confirms it), and how the person wants each kind. */
	public void email(String username, String address, Object... kindsAndDeliveries) {
		jdbc.update("update app_user set email = ? where username = ?", address, username);
		for (int i = 0; i < kindsAndDeliveries.length; i += 2) {
			jdbc.update("""
					insert into notification_preference (user_id, kind, delivery) values (?, ?, ?)
					on conflict (user_id, kind) do update set delivery = excluded.delivery""", userId(username),
					kindsAndDeliveries[i].toString(), kindsAndDeliveries[i + 1].toString());
		}
	}

	/** The post's review of a month (stored OPEN, or CONCLUDED with a first conclusion on {@code concludedOn}). */
	public long review(World w, YearMonth month, LocalDate concludedOn) {
		long review = jdbc.queryForObject("""
				insert into monthly_review (post_id, month, status, conclusion_number, concluded_on, edition)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, w.post(), Date.valueOf(month.atDay(1)),
				concludedOn == null ? "OPEN" : "CONCLUDED", concludedOn == null ? null : "1-KL/ĐU",
				concludedOn == null ? null : Date.valueOf(concludedOn), concludedOn == null ? 0 : 1);
		if (concludedOn != null) {
			jdbc.update("""
					insert into review_edition (review_id, edition, conclusion_number, concluded_on)
					values (?, 1, '1-KL/ĐU', ?)""", review, Date.valueOf(concludedOn));
		}
		return review;
	}

	/** A commune's report, sent on the day given (at 10:00 in Vietnam), or a draft when {@code sentOn} is null. */
	public long report(long review, long commune, LocalDate sentOn) {
		return jdbc.queryForObject("""
				insert into commune_submission (review_id, commune_id, narrative, status, submitted_by, submitted_at)
				values (?, ?, 'Báo cáo thử', ?, 'test', cast(? as timestamp) at time zone 'Asia/Ho_Chi_Minh')
				returning id""", Long.class, review, commune, sentOn == null ? "DRAFT" : "SUBMITTED",
				sentOn == null ? null : sentOn.atTime(10, 0).toString().replace('T', ' '));
	}

	/** The commander returns a sent report, and the commune sends it again on the day given (as the app does). */
	public void returnedAndSentAgain(long report, LocalDate sentAgainOn) {
		jdbc.update("update commune_submission set status = 'RETURNED', return_comment = 'Bổ sung' where id = ?", report);
		jdbc.update("""
				update commune_submission set status = 'SUBMITTED',
				  submitted_at = cast(? as timestamp) at time zone 'Asia/Ho_Chi_Minh' where id = ?""",
				sentAgainOn.atTime(9, 0).toString().replace('T', ' '), report);
	}

	/** An open task of the review for the world's cadre. */
	public long task(World w, long review, LocalDate due, String description) {
		return jdbc.queryForObject("""
				insert into review_task (review_id, cadre_id, assignee_user_id, due_date, description)
				values (?, ?, (select user_id from cadre where id = ?), ?, ?) returning id""", Long.class, review,
				w.cadre(), w.cadre(), Date.valueOf(due), description);
	}

	/** An active agreement of the post with its first commune, valid to the day given. */
	public long agreement(World w, LocalDate validTo) {
		long id = jdbc.queryForObject("""
				insert into agreement (post_id, number, title, valid_from, valid_to, status)
				values (?, ?, 'Quy chế phối hợp thử', ?, ?, 'ACTIVE') returning id""", Long.class, w.post(),
				"01-QC/" + w.postCode(), Date.valueOf(validTo.minusYears(5)), Date.valueOf(validTo));
		jdbc.update("insert into agreement_commune (agreement_id, commune_id) values (?, ?)", id, w.commune(0));
		return id;
	}

	/** The person's notifications as "KIND subject period", oldest first. */
	public List<String> notifications(String username) {
		return jdbc.queryForList("""
				select n.kind || ' ' || n.subject || ' ' || n.period from notification n join app_user u on u.id = n.user_id
				where u.username = ? order by n.id""", String.class, username);
	}

}
