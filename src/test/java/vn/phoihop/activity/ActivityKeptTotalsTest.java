package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.bench.SqlStatementCounter;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;
import vn.phoihop.territory.ScopeService;

/**
 * The totals of a text, village or "logged by" filter are kept between requests (V048, docs/performance.md change
 * 46), and are never stale: any write to the scope's activities or their villages, through the application or
 * straight into the database (another instance), shows in the next totals; a kept total is never shown in another
 * scope.
 */
@IntegrationTest
class ActivityKeptTotalsTest {

	/** A statement that reads the activities themselves (not the counts of changes, not the monthly totals). */
	private static final Pattern READS_ACTIVITIES = Pattern.compile("(?i)\\bfrom activity\\b(?!_)");

	@Autowired
	ActivityLogTotals totals;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScopeService scopes;

	ActivityFilter text(String q) {
		ActivityFilter f = new ActivityFilter();
		f.setQ(q);
		return f;
	}

	/** The totals, and whether computing them read the activities (false: the kept totals were served). */
	record Read(ActivityCounts totals, boolean readActivities) {
	}

	Read totals(CurrentUser user, ActivityFilter f) {
		SqlStatementCounter.resetAndRecord();
		ActivityCounts t = totals.of(user, f);
		boolean read = SqlStatementCounter.recorded().stream().anyMatch(sql -> READS_ACTIVITIES.matcher(sql).find());
		return new Read(t, read);
	}

	@Test
	void aSearchsTotalsAreKeptUntilAnActivityOfTheScopeChanges() {
		CurrentUser danHoa = users.load("xa.danhoa");
		String word = ActivityFixtures.unique("Phục kích");
		ActivityFilter f = text(word);
		assertThat(totals(danHoa, f).totals().activities()).isZero();

		// logged through the application: counted at once
		Activity patrol = fixtures.patrol(danHoa, "DANHOA2025", "TRONGHOA", LocalDate.now().withDayOfMonth(1), word + " đêm");
		Read first = totals(danHoa, f);
		assertThat(first.readActivities()).isTrue();
		assertThat(first.totals().activities()).isEqualTo(1);
		assertThat(first.totals().patrols()).isEqualTo(1);
		assertThat(first.totals().participants()).isEqualTo(5);

		// the same search again (the next page, another user of the commune): the kept totals, the activities unread
		Read again = totals(danHoa, f);
		assertThat(again.readActivities()).isFalse();
		assertThat(again.totals()).isEqualTo(first.totals());
		// also written in plain (unaccented) letters, a filter of its own: computed, then kept
		ActivityFilter plain = text(jdbc.queryForObject("select search_key(?)", String.class, word));
		assertThat(totals(danHoa, plain).totals().activities()).isEqualTo(1);
		assertThat(totals(danHoa, plain).readActivities()).isFalse();

		// another commune's official searching the same word: not the kept totals of Đan Hóa
		assertThat(totals(users.load("xa.tuyenlam"), f).totals().activities()).isZero();

		// a change written straight into the database (another instance of the application): seen
		jdbc.update("update activity set title = 'Tuần tra định kỳ' where id = ?", patrol.getId());
		Read afterRename = totals(danHoa, f);
		assertThat(afterRename.readActivities()).isTrue();
		assertThat(afterRename.totals().activities()).isZero();
		jdbc.update("update activity set title = ? where id = ?", word + " đêm", patrol.getId());
		assertThat(totals(danHoa, f).totals().activities()).isEqualTo(1);

		// a change in a commune outside the scope does not drop the kept totals
		fixtures.patrol(users.load("xa.tuyenlam"), "TUYENLAM", "THANHHOA", LocalDate.now().withDayOfMonth(1), word + " ngày");
		assertThat(totals(danHoa, f).readActivities()).isFalse();
		assertThat(totals(users.load("xa.tuyenlam"), f).totals().activities()).isEqualTo(1);

		// deleted: no longer counted
		jdbc.update("delete from activity where id = ?", patrol.getId());
		assertThat(totals(danHoa, f).totals().activities()).isZero();
	}

	@Test
	void theLogsTotalsWithoutAFilterAreKeptToo() {
		CurrentUser danHoa = users.load("xa.danhoa");
		ActivityFilter none = new ActivityFilter();
		Read first = totals(danHoa, none);
		Read again = totals(danHoa, none);
		assertThat(again.readActivities()).isFalse();
		assertThat(again.totals()).isEqualTo(first.totals());
		assertThat(again.totals().activities()).isEqualTo(jdbc.queryForObject(
				"select count(*) from activity where commune_id = any(?)", Long.class,
				(Object) scopes.scopeOf(danHoa).idsForQuery()));

		fixtures.patrol(danHoa, "DANHOA2025", "TRONGHOA", LocalDate.now().withDayOfMonth(1),
				ActivityFixtures.unique("Tuần tra"));
		Read after = totals(danHoa, none);
		assertThat(after.totals().activities()).isEqualTo(first.totals().activities() + 1);
		assertThat(after.totals().patrols()).isEqualTo(first.totals().patrols() + 1);
	}

	@Test
	void theLoggedByChoicesFollowAWriteStraightIntoTheDatabase() {
		CurrentUser danHoa = users.load("xa.danhoa");
		Activity patrol = fixtures.patrol(danHoa, "DANHOA2025", "TRONGHOA", LocalDate.now().withDayOfMonth(1),
				ActivityFixtures.unique("Tuần tra"));
		assertThat(totals.loggers(danHoa)).contains("xa.danhoa");
		// another instance of the application (or an import) records a name this one has not seen
		String other = ActivityFixtures.unique("canbo.khac").replace(' ', '.');
		jdbc.update("update activity set logged_by = ? where id = ?", other, patrol.getId());
		assertThat(totals.loggers(danHoa)).contains(other);
	}

	@Test
	void aVillagesTotalsFollowAChangeOfAnActivitysVillagesAlone() {
		CurrentUser danHoa = users.load("xa.danhoa");
		String word = ActivityFixtures.unique("Chốt chặn");
		Activity patrol = fixtures.patrol(danHoa, "DANHOA2025", "TRONGHOA", LocalDate.now().withDayOfMonth(1), word);
		long village = fixtures.villageOf("TRONGHOA");
		long other = jdbc.queryForObject("select min(id) from village where commune_id = ? and id <> ?", Long.class,
				jdbc.queryForObject("select commune_id from village where id = ?", Long.class, village), village);
		ActivityFilter byOther = text(word);
		byOther.setVillageId(other);
		assertThat(totals(danHoa, byOther).totals().activities()).isZero();
		assertThat(totals(danHoa, byOther).readActivities()).isFalse();

		// only the activity's villages change (its own row does not)
		jdbc.update("update activity_village set village_id = ? where activity_id = ?", other, patrol.getId());
		Read moved = totals(danHoa, byOther);
		assertThat(moved.readActivities()).isTrue();
		assertThat(moved.totals().activities()).isEqualTo(1);
	}

}
