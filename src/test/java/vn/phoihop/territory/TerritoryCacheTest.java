package vn.phoihop.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.request.RequestContextHolder;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * The territory is cached between requests ({@link TerritoryCache}); an edit through the administration pages must
 * change what a user may see at once, on the next request: a commune taken from a post is out of its commander's
 * scope straight away, not when the cache expires.
 */
@IntegrationTest
class TerritoryCacheTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ScopeService scopes;

	@Autowired
	TerritoryService territory;

	@Autowired
	TerritoryCache cache;

	@Test
	void aCoverageAddedOrRemovedByTheAdministratorChangesTheCommandersScopeOnTheNextRequest() {
		long province = jdbc.queryForObject("select id from province where code = 'QUANGTRI'", Long.class);
		long commune = jdbc.queryForObject("""
				insert into commune (code, name, province_id) values ('CACHE_X', 'Xã Bộ Nhớ', ?) returning id""",
				Long.class, province);
		long post = jdbc.queryForObject("""
				insert into border_post (code, name, provincial_command, province_id)
				values ('CACHEP', 'Đồn Bộ Nhớ', 'Bộ Chỉ huy thử', ?) returning id""", Long.class, province);
		CurrentUser commander = new CurrentUser(-1L, "cache.commander", "x", "Chỉ huy thử", Role.COMMANDER, post,
				null, null, true);

		// the test framework binds a mock request to this thread, in which ScopeService would memoise the scope for
		// the whole test: here each call stands for a request of its own
		RequestContextHolder.resetRequestAttributes();
		// read (and cached) before the edit
		assertThat(scopes.scopeOf(commander).includes(commune)).isFalse();
		assertThat(territory.communesIn(scopes.scopeOf(commander))).isEmpty();
		assertThat(territory.coverage(post)).isEmpty();

		assertThat(mvc.post().uri("/admin/posts/" + post + "/coverage").with(users.as("admin")).with(csrf())
			.param("communeId", String.valueOf(commune))
			.param("validFrom", "2020-01-01")).hasStatus3xxRedirection();
		assertThat(scopes.scopeOf(commander).includes(commune)).isTrue();
		assertThat(territory.communesIn(scopes.scopeOf(commander))).extracting(Commune::getName)
			.containsExactly("Xã Bộ Nhớ");
		assertThat(mvc.get().uri("/admin/posts/" + post).with(users.as("admin"))).hasStatusOk()
			.bodyText().contains("Xã Bộ Nhớ");

		long coverage = jdbc.queryForObject("select id from post_coverage where post_id = ?", Long.class, post);
		assertThat(mvc.post().uri("/admin/posts/" + post + "/coverage/" + coverage + "/delete")
			.with(users.as("admin")).with(csrf())).hasStatus3xxRedirection();
		assertThat(scopes.scopeOf(commander).includes(commune)).isFalse();
		assertThat(territory.coverage(post)).isEmpty();
	}

	@Test
	void aRenamedCommuneIsShownByItsNewNameOnTheNextRequest() {
		long commune = jdbc.queryForObject("select id from commune where code = 'TUYENLAM'", Long.class);
		String before = territory.communeLabels().get(commune);
		assertThat(before).startsWith("Tuyên Lâm");
		var row = jdbc.queryForMap("select c.version, c.former_district, p.id province from commune c "
				+ "join province p on p.id = c.province_id where c.id = ?", commune);
		try {
			assertThat(mvc.post().uri("/admin/communes").with(users.as("admin")).with(csrf())
				.param("id", String.valueOf(commune))
				.param("version", String.valueOf(row.get("version")))
				.param("code", "TUYENLAM")
				.param("name", "Tuyên Lâm Mới")
				.param("provinceId", String.valueOf(row.get("province")))
				.param("formerDistrict", row.get("former_district") == null ? "" : (String) row.get("former_district")))
				.hasStatus3xxRedirection();
			assertThat(territory.communeLabels().get(commune)).startsWith("Tuyên Lâm Mới");
		}
		finally {
			// put back behind the application's back (as another instance's edit would be), then the cache emptied
			// as its entries would expire: the other tests see the demo name
			jdbc.update("update commune set name = 'Tuyên Lâm', version = version + 1 where id = ?", commune);
			cache.invalidate();
		}
	}

	@Test
	void aValueReadWhileTheTerritoryChangedIsNotKept() {
		TerritoryCache cache = new TerritoryCache(60);
		AtomicInteger loads = new AtomicInteger();
		// the load races an edit: its (old) value is returned to its caller but not kept for the next one
		assertThat(cache.<String>get("k", () -> {
			loads.incrementAndGet();
			cache.invalidate();
			return "old";
		})).isEqualTo("old");
		assertThat(cache.<String>get("k", () -> {
			loads.incrementAndGet();
			return "new";
		})).isEqualTo("new");
		assertThat(cache.<String>get("k", () -> {
			loads.incrementAndGet();
			return "newer";
		})).isEqualTo("new");
		assertThat(loads).hasValue(2);
	}

	@Test
	void aCacheOfZeroSecondsReadsEveryTime() {
		TerritoryCache cache = new TerritoryCache(0);
		AtomicInteger loads = new AtomicInteger();
		cache.get("k", loads::incrementAndGet);
		cache.get("k", loads::incrementAndGet);
		assertThat(loads).hasValue(2);
	}

}
