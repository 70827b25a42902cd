package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.bench.SqlStatementCounter;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;
import vn.phoihop.territory.ScopeService;

/**
 * The household list's totals are kept between requests (V049; "Kept by changes", docs/performance.md) and are never stale:
 * any write to the scope's households, through the application or straight into the database (another instance, an
 * import), shows in the next totals and rows; a kept total is never shown in another scope.
 */
@IntegrationTest
class HouseholdKeptTotalsTest {

	/** A statement that counts or sums the households (not the counts of changes, not a page of rows). */
	private static final Pattern COUNTS_HOUSEHOLDS = Pattern.compile("(?is)\\bcount\\(.*\\bfrom household\\b(?!_)");

	@Autowired
	HouseholdService households;

	@Autowired
	HouseholdFixtures fixtures;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScopeService scopes;

	HouseholdFilter search(String q) {
		HouseholdFilter f = new HouseholdFilter();
		f.setQ(q);
		return f;
	}

	/** A page of the list, and whether its totals were counted (false: the kept totals were served). */
	record Read(HouseholdService.Listing listing, boolean counted) {

		long households() {
			return listing.totals().households();
		}

		long persons() {
			return listing.totals().persons();
		}

		List<String> names() {
			return listing.page().getContent().stream().map(Household::getHeadName).toList();
		}

	}

	Read list(CurrentUser user, HouseholdFilter f) {
		SqlStatementCounter.resetAndRecord();
		HouseholdService.Listing listing = households.list(user, f, 1);
		boolean counted = SqlStatementCounter.recorded().stream().anyMatch(sql -> COUNTS_HOUSEHOLDS.matcher(sql).find());
		return new Read(listing, counted);
	}

	@Test
	void aSearchsTotalsAreKeptUntilAHouseholdOfTheScopeChanges() {
		CurrentUser danHoa = users.load("xa.danhoa");
		String name = "Lò Văn " + HouseholdFixtures.token();
		HouseholdFilter f = search(name);
		Read none = list(danHoa, f);
		assertThat(none.households()).isZero();
		assertThat(none.names()).isEmpty();

		long id = fixtures.household("TRONGHOA", name, 4);
		Read first = list(danHoa, f);
		assertThat(first.counted()).isTrue();
		assertThat(first.households()).isEqualTo(1);
		assertThat(first.persons()).isEqualTo(4);
		assertThat(first.names()).containsExactly(name);

		// the same search again (the next request, another user of the commune): the kept totals, nothing counted
		Read again = list(danHoa, f);
		assertThat(again.counted()).isFalse();
		assertThat(again.listing().totals()).isEqualTo(first.listing().totals());
		assertThat(again.names()).containsExactly(name);

		// another commune's official searching the same name: not the kept totals of Đan Hóa
		assertThat(list(users.load("xa.tuyenlam"), f).households()).isZero();

		// a change written straight into the database (another instance, psql): seen in the totals and the rows
		jdbc.update("update household set members = 6 where id = ?", id);
		Read resized = list(danHoa, f);
		assertThat(resized.counted()).isTrue();
		assertThat(resized.persons()).isEqualTo(6);
		jdbc.update("update household set archived = true where id = ?", id);
		Read archived = list(danHoa, f);
		assertThat(archived.households()).isZero();
		assertThat(archived.names()).isEmpty();
		jdbc.update("update household set archived = false where id = ?", id);
		assertThat(list(danHoa, f).households()).isEqualTo(1);

		// a change in a commune outside the scope does not drop the kept totals
		fixtures.household("THANHHOA", name, 2);
		assertThat(list(danHoa, f).counted()).isFalse();
		assertThat(list(users.load("xa.tuyenlam"), f).households()).isEqualTo(1);

		// deleted: no longer counted
		jdbc.update("delete from household where id = ?", id);
		Read deleted = list(danHoa, f);
		assertThat(deleted.households()).isZero();
		assertThat(deleted.names()).isEmpty();
	}

	@Test
	void theListsTotalsWithoutAFilterAreKeptAndFollowANewHousehold() {
		CurrentUser danHoa = users.load("xa.danhoa");
		HouseholdFilter none = new HouseholdFilter();
		Read first = list(danHoa, none);
		Read again = list(danHoa, none);
		assertThat(again.counted()).isFalse();
		assertThat(again.listing().totals()).isEqualTo(first.listing().totals());
		assertThat(again.households()).isEqualTo(jdbc.queryForObject(
				"select count(*) from household where commune_id = any(?) and not archived", Long.class,
				(Object) scopes.scopeOf(danHoa).idsForQuery())).isPositive();

		fixtures.household("TRONGHOA", "Hà Thị " + HouseholdFixtures.token(), 3);
		Read after = list(danHoa, none);
		assertThat(after.households()).isEqualTo(first.households() + 1);
		assertThat(after.persons()).isEqualTo(first.persons() + 3);
	}

	@Test
	void aPagePastTheEndShowsTheTotalsAndNoRows() {
		CurrentUser danHoa = users.load("xa.danhoa");
		HouseholdFilter none = new HouseholdFilter();
		long total = list(danHoa, none).households();
		HouseholdService.Listing far = households.list(danHoa, none, 10_000);
		assertThat(far.totals().households()).isEqualTo(total);
		assertThat(far.page().getContent()).isEmpty();
	}

	@Test
	void aNameSearchInACommuneTakesPercentAndUnderscoreLiterally() {
		CurrentUser danHoa = users.load("xa.danhoa");
		String token = HouseholdFixtures.token();
		// "%" and "_" are what was typed, not wildcards: "H_ng" finds "Hà H_ng", not "Hà Hùng"
		fixtures.household("TRONGHOA", "Hà Hùng " + token, 3);
		fixtures.household("TRONGHOA", "Hà H_ng " + token, 2);
		fixtures.household("TRONGHOA", "Hà 100% " + token, 1);
		assertThat(list(danHoa, search("H_ng " + token)).names()).containsExactly("Hà H_ng " + token);
		assertThat(list(danHoa, search("H%g " + token)).households()).isZero();
		assertThat(list(danHoa, search("100% " + token)).names()).containsExactly("Hà 100% " + token);
		assertThat(list(danHoa, search(token)).households()).isEqualTo(3);
	}

}
