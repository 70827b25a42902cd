package vn.phoihop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;
import vn.phoihop.territory.TerritoryCache;

/**
 * No N+1 on the key pages (issue 8): the JDBC statements one request prepares are few (≤ 10) and do not grow with
 * the number of rows on the page. Counted at the datasource ({@link SqlStatementCounter}), so Hibernate, Spring Data
 * and JdbcTemplate statements are all counted. Not timed: speed is measured by bench/run.sh.
 */
@IntegrationTest
class SqlStatementCountTest {

	static final int MAX_STATEMENTS = 10;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TerritoryCache territoryCache;


	/** The statements of the last page counted, shown when an assertion fails. */
	String lastSql = "";

	/** Statements of one GET (after a first, uncounted one that warms the caches), asserted to answer 200. */
	long statements(String username, String uri) {
		var as = users.as(username); // loading the user is the test's work, not the page's
		assertThat(mvc.get().uri(uri).with(as).exchange()).hasStatusOk();
		SqlStatementCounter.resetAndRecord();
		assertThat(mvc.get().uri(uri).with(as).exchange()).hasStatusOk();
		// Spring Session's own statements (here two INSERTs of the mock session; with a browser one SELECT, and an
		// UPDATE when the session changed or was last written a minute ago) are the same for every page: the budget is
		// the page's own statements.
		long count = SqlStatementCounter.recorded().stream().filter(sql -> !sql.contains("SPRING_SESSION")).count();
		lastSql = String.join("\n  ", SqlStatementCounter.recorded());
		return count;
	}

	/** The key pages: [username, uri]. */
	String[][] keyPages() {
		long activity = jdbc.queryForObject("""
				select min(a.id) from activity a join commune c on c.id = a.commune_id where c.code = 'TRONGHOA'""",
				Long.class);
		long household = jdbc.queryForObject("""
				select min(h.id) from household h join commune c on c.id = h.commune_id where c.code = 'TRONGHOA'""",
				Long.class);
		// this year's plan of Dân Hóa (the demo data's)
		long plan = jdbc.queryForObject("""
				select p.id from coordination_plan p join agreement_commune ac on ac.agreement_id = p.agreement_id
				join commune c on c.id = ac.commune_id where c.code = 'DANHOA2025' order by p.year desc limit 1""",
				Long.class);
		long programme = jdbc.queryForObject("select min(id) from programme where name = 'Nâng bước em tới trường'",
				Long.class);
		String[][] pages = { { "chihuy.ramai", "/programmes" }, { "tinh.quangtri", "/programmes" },
				{ "xa.danhoa", "/programmes/" + programme }, { "chihuy.ramai", "/programmes/" + programme },
				{ "chihuy.ramai", "/" }, { "xa.danhoa", "/" }, { "tinh.quangtri", "/" },
				{ "admin", "/" }, { "chihuy.ramai", "/activities" },
				{ "chihuy.ramai", "/activities?type=PATROL&from=2018-01-01&to=2019-12-31&q=tuan" },
				{ "xa.danhoa", "/activities?type=OUTREACH" }, { "chihuy.ramai", "/households?q=nguyen" },
				{ "xa.danhoa", "/households?q=Nguyễn" }, { "chihuy.ramai", "/agreements" },
				{ "chihuy.ramai", "/activities/" + activity }, { "chihuy.ramai", "/households/" + household },
				{ "chihuy.ramai", "/households/summary" }, { "xa.danhoa", "/households/summary" },
				{ "chihuy.ramai", "/reviews" }, { "tinh.quangtri", "/reviews" }, { "xa.danhoa", "/reviews" },
				{ "chihuy.ramai", "/reviews/RAMAI/" + YearMonth.now().minusMonths(1) },
				{ "chihuy.ramai", "/reviews/RAMAI/2019-05" }, { "xa.danhoa", "/reviews/RAMAI/2019-05" },
				{ "chihuy.ramai", "/reports/period?post=RAMAI&from=2017-01-01&to=2021-12-31" },
				{ "tinh.quangtri", "/reports/period?province=QUANGTRI&from=2019-01-01&to=2019-12-31" },
				{ "chihuy.ramai", "/plans" }, { "chihuy.ramai", "/plans/" + plan }, { "xa.danhoa", "/plans/" + plan },
				{ "chihuy.ramai", "/calendar" }, { "xa.danhoa", "/calendar" },
				{ "chihuy.ramai", "/situation" }, { "chihuy.ramai", "/border" } };
		return pages;
	}

	/**
	 * Every connection of the pool plans each execution with its values (application.properties): a generic plan of
	 * the optional-filter queries read several times more rows (docs/performance.md, "Generic plans").
	 */
	@Test
	void everyConnectionPlansEachExecutionWithItsValues() {
		for (int i = 0; i < 3; i++) {
			assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
		}
	}

	@Test
	void everyKeyPageNeedsFewStatements() {
		String[][] pages = keyPages();
		// other test classes of the same application write communes straight into the database (PeriodReportTest),
		// which the territory's kept map learns only when it expires (60 s); a report over them then reads their
		// labels, one statement more than with the map the application keeps up to date itself
		territoryCache.invalidate();
		long all = 0;
		for (String[] page : pages) {
			long count = statements(page[0], page[1]);
			assertThat(count).as("SQL statements of %s as %s:\n  %s", page[1], page[0], lastSql)
				.isLessThanOrEqualTo(MAX_STATEMENTS);
			all += count;
		}
		// the administrator's dashboard reads only the territory, which is cached (TerritoryCache): none is possible
		// for one page, but the counter must see the others' statements
		assertThat(all).isGreaterThanOrEqualTo(pages.length);
	}

	@Test
	void theListOfMonthsNeedsAsManyStatementsForTwelveConcludedMonthsAsForOne() {
		// chihuy.ramai's post has twelve concluded months in the demo data; a post with a single (open) month is the
		// same page with one row: the count must not grow with the months (one statement per month before)
		long many = statements("chihuy.ramai", "/reviews");
		long rows = jdbc.queryForObject("""
				select count(*) from monthly_review r join border_post p on p.id = r.post_id where p.code = 'RAMAI'""",
				Long.class);
		assertThat(rows).isGreaterThanOrEqualTo(12);
		long viewer = statements("tinh.quangtri", "/reviews");
		assertThat(many).isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(viewer).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void theActivityLogNeedsAsManyStatementsForAFullPageAsForAFewRows() {
		LocalDate fewDay = jdbc.queryForObject("""
				select a.activity_date from activity a join commune c on c.id = a.commune_id
				where c.code in ('TRONGHOA', 'THANHHOA') group by a.activity_date
				having count(*) between 1 and 5 order by a.activity_date limit 1""", LocalDate.class);
		long full = statements("chihuy.ramai", "/activities?type=PATROL");
		long few = statements("chihuy.ramai", "/activities?from=" + fewDay + "&to=" + fewDay);
		assertThat(full).isEqualTo(few);
	}

	@Test
	void theHouseholdListNeedsAsManyStatementsForAFullPageAsForAFewRows() {
		String fewName = jdbc.queryForObject("""
				select h.head_name from household h join commune c on c.id = h.commune_id
				where c.code = 'TRONGHOA' and not h.archived
				group by h.head_name having count(*) = 1 order by length(h.head_name) desc limit 1""", String.class);
		long full = statements("chihuy.ramai", "/households");
		long few = statements("chihuy.ramai", "/households?q=" + fewName);
		assertThat(full).isEqualTo(few);
	}

	@Test
	void everyKeyPageReusesItsQueryPlans() {
		// A query whose plan is not cached is parsed and translated to SQL again on every request: that was about a
		// tenth of a page's CPU under load (docs/performance.md), caused by "x in :ids" with a collection. The second
		// round of the key pages must find every HQL plan in Hibernate's cache.
		String month = YearMonth.now().minusMonths(1).toString();
		List<String[]> pages = new ArrayList<>(List.of(keyPages()));
		pages.add(new String[] { "chihuy.ramai", "/reviews/RAMAI/" + month });
		pages.add(new String[] { "chihuy.ramai", "/tasks" });
		pages.add(new String[] { "chihuy.ramai", "/reports/period?from=2017-01-01&to=2020-12-31" });
		pages.add(new String[] { "xa.danhoa", "/agreements" });
		for (String[] page : pages) {
			assertThat(mvc.get().uri(page[1]).with(users.as(page[0])).exchange()).hasStatusOk();
		}
		List<String> translatedAgain = new ArrayList<>();
		for (String[] page : pages) {
			var as = users.as(page[0]);
			TranslationCounter.reset();
			assertThat(mvc.get().uri(page[1]).with(as).exchange()).hasStatusOk();
			if (TranslationCounter.current() > 0) {
				translatedAgain.add(page[1] + " as " + page[0] + ": " + TranslationCounter.current());
			}
		}
		assertThat(translatedAgain).as("pages whose queries were translated to SQL again on a second request")
			.isEmpty();
	}

}
