package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.report.ReportService;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/**
 * The monthly totals (V043) stay equal to the activities whatever writes them, and the figures read through them
 * (the log's totals, the period report) are those of the activities for any range: whole months, partial months,
 * no dates.
 */
@IntegrationTest
class ActivityMonthTotalsTest {

	/**
	 * The rows a totals table should hold, from the activities themselves grouped by {@code key} (its period column
	 * {@code period}), minus the table, and the other way round: 0 when equal.
	 */
	private static String difference(String table, String period, String key) {
		String activities = """
				select commune_id, %s, status, type,
				  coalesce(content_area, ''), coalesce(agreement_id, 0), count(*), coalesce(sum(attendee_count), 0),
				  coalesce(sum(part_border_guard), 0), coalesce(sum(part_militia), 0), coalesce(sum(part_police), 0),
				  coalesce(sum(part_resident), 0), coalesce(sum(part_other), 0)
				from activity group by 1, 2, 3, 4, 5, 6""".formatted(key);
		String kept = """
				select commune_id, %s, status, type, content_area, agreement_id, n, attendees, border_guard, militia,
				  police, resident, other
				from %s where n <> 0""".formatted(period, table);
		return "select count(*) from ((" + activities + " except all " + kept + ") union all (" + kept
				+ " except all " + activities + ")) d";
	}

	/** The monthly totals (V043) against the activities. */
	private static final String DIFFERENCE = difference("activity_month_total", "month",
			"date_trunc('month', activity_date::timestamp)::date");

	/** The yearly totals (V109) against the activities. */
	private static final String YEAR_DIFFERENCE = difference("activity_year_total", "year",
			"extract(year from activity_date)::int");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	TestUsers users;

	@Autowired
	ActivityLogTotals totals;

	@Autowired
	ScopeService scopes;

	@Autowired
	ReportService reports;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theTotalsFollowEveryWriteToTheLog() {
		assertThat(jdbc.queryForObject(DIFFERENCE, Long.class)).as("after the migration and the demo data").isZero();
		assertThat(years()).as("after the migration and the demo data: the years").isZero();
		Long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		Long tuyenLam = jdbc.queryForObject("select id from commune where code = 'TUYENLAM'", Long.class);
		var tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			Long id = jdbc.queryForObject("""
					insert into activity (type, activity_date, commune_id, content_area, title, attendee_count, logged_by,
					  status) values ('OUTREACH', date '2024-05-17', ?, 'OUTREACH_LEGAL', 'Tuyên truyền', 37, 'test',
					  'DRAFT') returning id""", Long.class, danHoa);
			assertThat(jdbc.queryForObject(DIFFERENCE, Long.class)).as("insert").isZero();
			assertThat(years()).as("insert: the years").isZero();
			jdbc.update("update activity set activity_date = date '2024-06-02', status = 'SUBMITTED' where id = ?", id);
			assertThat(jdbc.queryForObject(DIFFERENCE, Long.class)).as("another month, submitted").isZero();
			assertThat(years()).as("another month, submitted: the years").isZero();
			jdbc.update("""
					update activity set type = 'PATROL', content_area = 'BORDER_SOVEREIGNTY', attendee_count = null,
					  part_border_guard = 4, part_militia = 2, part_police = 1, part_resident = 3, part_other = 1,
					  commune_id = ? where id = ?""", tuyenLam, id);
			assertThat(jdbc.queryForObject(DIFFERENCE, Long.class)).as("another type, another commune").isZero();
			assertThat(years()).as("another type, another commune: the years").isZero();
			jdbc.update("update activity set content_area = null, title = 'Tuần tra' where id = ?", id);
			assertThat(jdbc.queryForObject(DIFFERENCE, Long.class)).as("no content area").isZero();
			assertThat(years()).as("no content area: the years").isZero();
			jdbc.update("delete from activity where id = ?", id);
			assertThat(jdbc.queryForObject(DIFFERENCE, Long.class)).as("delete").isZero();
			assertThat(years()).as("delete: the years").isZero();
			status.setRollbackOnly();
		});
	}

	/**
	 * A scope's months are read from the key's index alone (V050): the figures are in it, so no row of the table is
	 * visited (at national scale one heap page per row). With the other ways of reading turned off for the test's
	 * transaction, the plan must be an index-only scan; without the figures in the index it is not.
	 */
	@Test
	void aScopesMonthsAreReadFromTheKeyAlone() {
		Long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.execute("set local enable_seqscan = off");
			jdbc.execute("set local enable_bitmapscan = off");
			String plan = String.join("\n", jdbc.queryForList("""
					explain select sum(n), sum(attendees), sum(border_guard), sum(militia), sum(police), sum(resident),
					  sum(other)
					from activity_month_total where commune_id = any(?) and month >= ? and month < ?""", String.class,
					new Long[] { danHoa }, Date.valueOf("2017-01-01"), Date.valueOf("2027-01-01")));
			assertThat(plan).contains("Index Only Scan using activity_month_total_pkey");
		});
	}

	@Test
	void theLogsTotalsAreTheActivitiesTotalsForAnyRangeAndFilter() {
		List<LocalDate[]> ranges = List.of(new LocalDate[] { null, null },
				new LocalDate[] { LocalDate.of(2019, 3, 15), LocalDate.of(2020, 7, 10) },
				new LocalDate[] { LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29) },
				new LocalDate[] { LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 20) },
				new LocalDate[] { LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1) },
				new LocalDate[] { LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31) },
				new LocalDate[] { LocalDate.of(2022, 4, 9), null }, new LocalDate[] { null, LocalDate.of(2018, 8, 30) });
		List<ActivityFilter> filters = new ArrayList<>();
		filters.add(new ActivityFilter());
		ActivityFilter patrols = new ActivityFilter();
		patrols.type = ActivityType.PATROL;
		filters.add(patrols);
		ActivityFilter drafts = new ActivityFilter();
		drafts.status = ActivityStatus.DRAFT;
		filters.add(drafts);
		ActivityFilter outreach = new ActivityFilter();
		outreach.contentArea = ContentArea.OUTREACH_LEGAL;
		outreach.status = ActivityStatus.SUBMITTED;
		filters.add(outreach);
		ActivityFilter tuyenLam = new ActivityFilter();
		tuyenLam.communeId = jdbc.queryForObject("select id from commune where code = 'TUYENLAM'", Long.class);
		filters.add(tuyenLam);
		ActivityFilter agreement = new ActivityFilter();
		agreement.agreementId = jdbc.queryForObject("select min(agreement_id) from activity", Long.class);
		filters.add(agreement);
		int compared = 0;
		for (String username : List.of("chihuy.ramai", "xa.danhoa", "admin")) {
			CurrentUser user = users.load(username);
			var scope = scopes.scopeOf(user);
			for (LocalDate[] range : ranges) {
				for (ActivityFilter f : filters) {
					f.from = range[0];
					f.to = range[1];
					ActivityCounts live = fromTheActivities(scope, f);
					assertThat(totals.of(user, f)).as("%s %s..%s type %s status %s area %s commune %s",
							username, f.from, f.to, f.type, f.status, f.contentArea, f.communeId).isEqualTo(live);
					compared += live.activities() > 0 ? 1 : 0;
				}
			}
		}
		assertThat(compared).as("comparisons with activities in them").isGreaterThan(60);
	}

	/** The filter's totals summed over the activities themselves, written here apart from the code under test. */
	private ActivityCounts fromTheActivities(Scope scope, ActivityFilter f) {
		return named.queryForObject("""
				select count(*), count(*) filter (where type = 'OUTREACH'),
				  coalesce(sum(attendee_count) filter (where type = 'OUTREACH'), 0),
				  count(*) filter (where type = 'PATROL'), count(*) filter (where type = 'INSPECTION'),
				  coalesce(sum(part_border_guard), 0), coalesce(sum(part_militia), 0), coalesce(sum(part_police), 0),
				  coalesce(sum(part_resident), 0), coalesce(sum(part_other), 0),
				  count(*) filter (where type = 'HOUSEHOLD_VISIT'), count(*) filter (where type = 'ECONOMIC_SUPPORT'),
				  count(*) filter (where type = 'MEETING'), count(*) filter (where type = 'FOREIGN_AFFAIRS')
				from activity
				where (:all or commune_id = any(:ids))
				  and (cast(:commune as bigint) is null or commune_id = :commune)
				  and (cast(:type as varchar) is null or type = :type)
				  and (cast(:area as varchar) is null or content_area = :area)
				  and (cast(:agreement as bigint) is null or agreement_id = :agreement)
				  and (cast(:status as varchar) is null or status = :status)
				  and (cast(:from as date) is null or activity_date >= :from)
				  and (cast(:to as date) is null or activity_date <= :to)""",
				new MapSqlParameterSource("all", scope.all()).addValue("ids", scope.idsForQuery())
					.addValue("commune", f.communeId, Types.BIGINT)
					.addValue("type", f.type == null ? null : f.type.name(), Types.VARCHAR)
					.addValue("area", f.contentArea == null ? null : f.contentArea.name(), Types.VARCHAR)
					.addValue("agreement", f.agreementId, Types.BIGINT)
					.addValue("status", f.status == null ? null : f.status.name(), Types.VARCHAR)
					.addValue("from", f.from, Types.DATE)
					.addValue("to", f.to, Types.DATE),
				(rs, i) -> new ActivityCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
						rs.getLong(12), rs.getLong(13), rs.getLong(14)));
	}

	@Test
	void aReportOverPartialMonthsCountsTheActivitiesOfItsDays() {
		// partial months read day by day, or whole with the days outside the range taken away when those are fewer
		// (MonthsAndDays.fewestDays): the first day of a month and the last, one month, both ends, neither
		List<LocalDate[]> ranges = List.of(new LocalDate[] { LocalDate.of(2019, 3, 15), LocalDate.of(2020, 7, 10) },
				new LocalDate[] { LocalDate.of(2019, 3, 2), LocalDate.of(2020, 7, 28) },
				new LocalDate[] { LocalDate.of(2019, 3, 28), LocalDate.of(2020, 7, 3) },
				new LocalDate[] { LocalDate.of(2020, 2, 2), LocalDate.of(2020, 2, 27) },
				new LocalDate[] { LocalDate.of(2020, 2, 10), LocalDate.of(2020, 2, 12) },
				new LocalDate[] { LocalDate.of(2019, 12, 3), LocalDate.of(2020, 1, 29) },
				new LocalDate[] { LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31) },
				// whole years from the yearly totals (V109), with months and days before and after them
				new LocalDate[] { LocalDate.of(2017, 3, 15), LocalDate.of(2020, 7, 10) },
				new LocalDate[] { LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31) },
				new LocalDate[] { LocalDate.of(2018, 12, 3), LocalDate.of(2020, 1, 29) },
				new LocalDate[] { LocalDate.of(2017, 6, 1), LocalDate.of(2019, 12, 31) },
				new LocalDate[] { LocalDate.of(2016, 12, 30), LocalDate.of(2021, 1, 2) });
		for (LocalDate[] range : ranges) {
			LocalDate from = range[0];
			LocalDate to = range[1];
			var report = reports.periodReport(users.load("chihuy.ramai"),
					new ReportService.Query("RAMAI", null, null, null, from, to));
			var expected = jdbc.queryForMap("""
					select count(*) n, count(*) filter (where type = 'OUTREACH') outreach,
					  coalesce(sum(attendee_count) filter (where type = 'OUTREACH'), 0) attendees,
					  count(*) filter (where type = 'PATROL') patrols,
					  coalesce(sum(part_militia) filter (where type in ('PATROL', 'INSPECTION')), 0) militia,
					  count(distinct a.commune_id) communes, count(distinct coalesce(a.content_area, '')) areas
					from activity a join commune c on c.id = a.commune_id
					where a.status = 'SUBMITTED' and a.activity_date between ? and ? and c.code in ('TRONGHOA', 'THANHHOA')""",
					from, to);
			String days = from + ".." + to;
			assertThat(report.totals().activities()).as(days).isEqualTo(((Number) expected.get("n")).longValue())
				.isPositive();
			assertThat(report.totals().outreachSessions()).as(days)
				.isEqualTo(((Number) expected.get("outreach")).longValue());
			assertThat(report.totals().attendees()).as(days).isEqualTo(((Number) expected.get("attendees")).longValue());
			assertThat(report.totals().patrols()).as(days).isEqualTo(((Number) expected.get("patrols")).longValue());
			assertThat(report.totals().militia()).as(days).isEqualTo(((Number) expected.get("militia")).longValue());
			// no line for a commune or a content area whose activities were all on days taken away
			assertThat(report.byCommune()).as(days).hasSize(((Number) expected.get("communes")).intValue());
			assertThat(report.byContentArea()).as(days).hasSize(((Number) expected.get("areas")).intValue());
		}
	}

	private long years() {
		return jdbc.queryForObject(YEAR_DIFFERENCE, Long.class);
	}

}
