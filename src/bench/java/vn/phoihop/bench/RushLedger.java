package vn.phoihop.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the month-end client sent and what the server said it saved, then the count in the database: every activity
 * and every report of the run is there exactly once, with the participants and photos sent, and the monthly totals
 * the triggers keep equal the activities of the run's communes. A run's rows are found by its id, which is in every
 * title and report it writes.
 */
final class RushLedger {

	/** An activity sent: its participants by force (border guard, militia, police, residents, other) and photos. */
	private record Sent(int[] forces, int photos) {
	}

	private final String runId;

	private final Map<String, Sent> sent = new ConcurrentHashMap<>();

	private final Map<String, Long> saved = new ConcurrentHashMap<>();

	private final Set<Long> reportsSent = ConcurrentHashMap.newKeySet();

	private final Set<Long> reportsSaved = ConcurrentHashMap.newKeySet();

	private final List<String> problems = new ArrayList<>();

	RushLedger(String runId) {
		this.runId = runId;
	}

	static String title(String runId, String commune, int i, String type) {
		return "Cuối tháng " + type.toLowerCase(Locale.ROOT) + " [" + runId + "-" + commune + "-" + i + "]";
	}

	static String narrative(String runId, String commune) {
		return "Báo cáo tháng của xã " + commune + ": đã tổ chức tuần tra, kiểm soát, tuyên truyền. [" + runId + "]";
	}

	void sent(String title, int[] forces, int photos) {
		sent.put(title, new Sent(forces, photos));
	}

	void saved(String title, long id) {
		saved.put(title, id);
	}

	void reportSent(long commune) {
		reportsSent.add(commune);
	}

	void reportSaved(long commune) {
		reportsSaved.add(commune);
	}

	synchronized void problem(String what) {
		problems.add(what);
	}

	synchronized List<String> problems() {
		return List.copyOf(problems);
	}

	/** The check's lines and whether everything is there exactly once. */
	record Check(List<String> lines, boolean exact) {
	}

	Check check(Connection db, List<Long> communes, YearMonth month) throws SQLException {
		List<String> lines = new ArrayList<>();
		String like = "%[" + runId + "-%";
		long rows;
		long titles;
		long[] forces = new long[5];
		long photos;
		try (PreparedStatement s = db.prepareStatement("""
				select count(*), count(distinct a.title), coalesce(sum(a.part_border_guard), 0),
				       coalesce(sum(a.part_militia), 0), coalesce(sum(a.part_police), 0),
				       coalesce(sum(a.part_resident), 0), coalesce(sum(a.part_other), 0),
				       (select count(*) from activity_attachment f join activity b on b.id = f.activity_id
				        where b.title like ?)
				from activity a where a.title like ? and a.status = 'SUBMITTED'""")) {
			s.setString(1, like);
			s.setString(2, like);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				rows = rs.getLong(1);
				titles = rs.getLong(2);
				for (int i = 0; i < 5; i++) {
					forces[i] = rs.getLong(3 + i);
				}
				photos = rs.getLong(8);
			}
		}
		long[] sentForces = new long[5];
		sent.values().forEach(s -> {
			for (int i = 0; i < 5; i++) {
				sentForces[i] += s.forces()[i];
			}
		});
		long sentPhotos = sent.values().stream().mapToLong(Sent::photos).sum();
		boolean activities = rows == sent.size() && titles == rows && saved.size() == sent.size();
		lines.add(String.format(Locale.ROOT, "activities: sent %d, answered as saved %d, in the database %d "
				+ "(%d distinct titles) %s", sent.size(), saved.size(), rows, titles, activities ? "ok" : "MISMATCH"));
		boolean people = java.util.Arrays.equals(forces, sentForces);
		lines.add(String.format(Locale.ROOT, "participants by force (guard, militia, police, residents, other): sent %s, "
				+ "in the database %s %s", java.util.Arrays.toString(sentForces), java.util.Arrays.toString(forces),
				people ? "ok" : "MISMATCH"));
		boolean files = photos == sentPhotos;
		lines.add(String.format(Locale.ROOT, "photos: sent %d, in the database %d %s", sentPhotos, photos,
				files ? "ok" : "MISMATCH"));

		long reports;
		try (PreparedStatement s = db.prepareStatement("""
				select count(*) from commune_submission s join monthly_review r on r.id = s.review_id
				where r.month = ? and s.status = 'SUBMITTED' and s.narrative like ?""")) {
			s.setDate(1, Date.valueOf(month.atDay(1)));
			s.setString(2, "%[" + runId + "]");
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				reports = rs.getLong(1);
			}
		}
		boolean sentReports = reports == reportsSent.size() && reportsSaved.size() == reportsSent.size();
		lines.add(String.format(Locale.ROOT, "month's reports: sent %d, answered as saved %d, submitted in the database "
				+ "%d %s", reportsSent.size(), reportsSaved.size(), reports, sentReports ? "ok" : "MISMATCH"));

		long differ = totalsDiffer(db, communes, month);
		lines.add(String.format(Locale.ROOT, "monthly totals of the %d communes, %s: %s", communes.size(), month,
				differ == 0 ? "equal to their activities ok" : differ + " groups differ from their activities MISMATCH"));
		return new Check(lines, activities && people && files && sentReports && differ == 0);
	}

	/** Groups of (commune, status, type) whose kept totals of the month differ from a count of the activities. */
	private static long totalsDiffer(Connection db, List<Long> communes, YearMonth month) throws SQLException {
		try (PreparedStatement s = db.prepareStatement("""
				with kept as (
				  select commune_id, status, type, sum(n) n, sum(attendees) att, sum(border_guard) bg, sum(militia) mi,
				         sum(police) po, sum(resident) re, sum(other) ot
				  from activity_month_total where month = ? and commune_id = any(?) group by 1, 2, 3),
				counted as (
				  select commune_id, status, type, count(*) n, sum(coalesce(attendee_count, 0)) att,
				         sum(coalesce(part_border_guard, 0)) bg, sum(coalesce(part_militia, 0)) mi,
				         sum(coalesce(part_police, 0)) po, sum(coalesce(part_resident, 0)) re,
				         sum(coalesce(part_other, 0)) ot
				  from activity where activity_date >= ? and activity_date < ? and commune_id = any(?) group by 1, 2, 3)
				select count(*) from kept k full join counted c using (commune_id, status, type)
				where (k.n, k.att, k.bg, k.mi, k.po, k.re, k.ot) is distinct from (c.n, c.att, c.bg, c.mi, c.po, c.re, c.ot)
				""")) {
			Array ids = db.createArrayOf("bigint", communes.toArray());
			s.setDate(1, Date.valueOf(month.atDay(1)));
			s.setArray(2, ids);
			s.setDate(3, Date.valueOf(month.atDay(1)));
			s.setDate(4, Date.valueOf(month.plusMonths(1).atDay(1)));
			s.setArray(5, ids);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

}
