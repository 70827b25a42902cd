package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.bench.SqlStatementCounter;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * A search whose totals would read many activities (a common word in a large post) shows its rows at once and gets
 * its totals, count and pager from a second request (docs/performance.md, "Late totals of a first text search"). The test data is small, so the
 * bound is lowered here; the log's other filters never wait.
 */
@IntegrationTest
class ActivityLateTotalsTest {

	/** The text search's totals: an aggregate over the activities matching the text. */
	private static final Pattern TEXT_TOTALS = Pattern.compile("(?is)\\bsum\\(.*\\bfrom activity\\b(?!_).*\\blike\\b");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ActivityLogTotals totals;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	TestUsers users;

	@AfterEach
	void defaultBound() {
		totals.inlineTotalsMax(ActivityLogTotals.INLINE_TOTALS_MAX);
	}

	/** The page at {@code uri}, its {@code {q}} given unencoded (MockMvc encodes the URI). */
	private String get(String username, String uri, Object... vars) throws UnsupportedEncodingException {
		return mvc.get().uri(uri, vars).with(users.as(username)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** 26 patrols of Đan Hóa this month titled "{word} số 0" to "{word} số 25", one page and one row more. */
	private String twentySixPatrols(String prefix) {
		CurrentUser danHoa = users.load("xa.danhoa");
		String word = ActivityFixtures.unique(prefix);
		for (int i = 0; i < 26; i++) {
			fixtures.patrol(danHoa, "DANHOA2025", "TRONGHOA", LocalDate.now().withDayOfMonth(1), word + " số " + i);
		}
		return word;
	}

	@Test
	void aSearchOfManyActivitiesShowsItsRowsFirstThenItsTotalsCountAndPager() throws Exception {
		String word = twentySixPatrols("Phục kích muộn");
		totals.inlineTotalsMax(0);

		SqlStatementCounter.resetAndRecord();
		String page = get("xa.danhoa", "/activities?q={q}", word);
		assertThat(SqlStatementCounter.recorded()).noneMatch(sql -> TEXT_TOTALS.matcher(sql).find());
		// the rows are there, newest first, 25 of them; the totals, count and pager are not
		assertThat(page.split(Pattern.quote(word + " số "), -1)).hasSize(26);
		assertThat(page).doesNotContain("id=\"total-sessions\"", " bản ghi<", "· 26 bản ghi", "page=2")
			.contains("Đang tính tổng số")
			.contains("hx-get=\"/activities/totals?q=" + enc(word) + "&amp;page=1&amp;sort=date&amp;dir=desc\"")
			.contains("hx-trigger=\"load\"");

		// what the page asks for next: the totals, and the count and pager swapped in by their ids
		String late = get("xa.danhoa", "/activities/totals?q={q}&page=1&sort=date&dir=desc", word);
		assertThat(late).contains("id=\"total-sessions\">26<", "26 đợt tuần tra / 0 đợt kiểm tra",
				"id=\"total-participants\">130<")
			.contains("<div id=\"summary-line\" hx-swap-oob=\"true\">")
			.contains("Trang 1/2 · 26 bản ghi")
			.contains("<div id=\"pager\" hx-swap-oob=\"true\">")
			.contains("page=2");

		// the next page of the same search: its totals were kept by that request, so they come with the rows
		SqlStatementCounter.resetAndRecord();
		String second = get("xa.danhoa", "/activities?q={q}&page=2", word);
		assertThat(SqlStatementCounter.recorded()).noneMatch(sql -> TEXT_TOTALS.matcher(sql).find());
		assertThat(second).contains("id=\"total-sessions\">26<", "Trang 2/2 · 26 bản ghi")
			.doesNotContain("hx-get=\"/activities/totals");
		assertThat(second.split(Pattern.quote(word + " số "), -1)).hasSize(2);

		// at the usual bound, a search in a commune of a few hundred activities has its totals at once
		totals.inlineTotalsMax(ActivityLogTotals.INLINE_TOTALS_MAX);
		String plain = get("xa.danhoa", "/activities?q={q}", word + " số 7");
		assertThat(plain).contains("id=\"total-sessions\">1<", "Trang 1/1 · 1 bản ghi")
			.doesNotContain("hx-get=\"/activities/totals");
	}

	/**
	 * Without JavaScript, or when the request for the totals fails on a weak connection, the placeholder stays: its
	 * link opens the same page with its totals, count and pager in one request.
	 */
	@Test
	void thePlaceholdersLinkOpensThePageWithItsTotals() throws Exception {
		String word = twentySixPatrols("Phục kích chậm");
		totals.inlineTotalsMax(0);

		String page = get("xa.danhoa", "/activities?q={q}", word);
		String link = "/activities?q=" + enc(word) + "&amp;page=1&amp;sort=date&amp;dir=desc&amp;totals=now";
		assertThat(page).contains("Đang tính tổng số", "Chờ lâu? Mở lại trang kèm tổng số")
			.contains("id=\"totals-now\"", "href=\"" + link + "\"")
			.doesNotContain("id=\"total-sessions\"");

		String withTotals = get("xa.danhoa", link.replace("&amp;", "&").replace(enc(word), "{q}"), word);
		assertThat(withTotals).contains("id=\"total-sessions\">26<", "Trang 1/2 · 26 bản ghi", "page=2")
			.doesNotContain("hx-get=\"/activities/totals", "id=\"totals-now\"");
		assertThat(withTotals.split(Pattern.quote(word + " số "), -1)).hasSize(26);
		// another commune's official gets nothing of Đan Hóa's that way either
		assertThat(get("xa.tuyenlam", "/activities?q={q}&totals=now", word)).contains("id=\"total-sessions\">0<")
			.doesNotContain(">" + word + " số ");
	}

	@Test
	void theLateTotalsOfAnotherCommuneAreNotReachableByEditingTheUrl() throws Exception {
		CurrentUser danHoa = users.load("xa.danhoa");
		String word = ActivityFixtures.unique("Tuần tra riêng");
		fixtures.patrol(danHoa, "DANHOA2025", "TRONGHOA", LocalDate.now().withDayOfMonth(1), word);
		long danHoaCommune = fixtures.communeId("DANHOA2025");
		totals.inlineTotalsMax(0);

		assertThat(get("xa.danhoa", "/activities/totals?q={q}", word)).contains("id=\"total-sessions\">1<");
		// the other commune's official: nothing of Đan Hóa, with or without its id in the URL
		assertThat(get("xa.tuyenlam", "/activities/totals?q={q}", word)).contains("id=\"total-sessions\">0<");
		assertThat(get("xa.tuyenlam", "/activities/totals?q={q}&communeId={c}", word, danHoaCommune))
			.contains("id=\"total-sessions\">0<");
		assertThat(get("xa.danhoa", "/activities?q={q}", word)).contains(">" + word + "<");
		assertThat(get("xa.tuyenlam", "/activities?q={q}&communeId={c}", word, danHoaCommune))
			.doesNotContain(">" + word + "<");
		// not signed in: the sign-in page, not the figures
		assertThat(mvc.get().uri("/activities/totals?q={q}", word)).hasStatus3xxRedirection();
	}

	@Test
	void filtersTheMonthlyTotalsAnswerNeverWait() throws Exception {
		totals.inlineTotalsMax(0);
		for (String uri : new String[] { "/activities", "/activities?type=PATROL", "/activities?from=2017-01-01&to=2020-12-31" }) {
			assertThat(get("chihuy.ramai", uri)).as(uri).contains("id=\"total-sessions\"")
				.doesNotContain("hx-get=\"/activities/totals");
		}
	}

	@Test
	void aTextSearchInAPostTakesPercentAndUnderscoreLiterally() throws Exception {
		CurrentUser danHoa = users.load("xa.danhoa");
		String token = ActivityFixtures.unique("kế hoạch");
		LocalDate day = LocalDate.now().withDayOfMonth(1);
		fixtures.patrol(danHoa, "DANHOA2025", "TRONGHOA", day, "Đạt 100 " + token);
		fixtures.patrol(danHoa, "DANHOA2025", "TRONGHOA", day, "Đạt 100% " + token);
		fixtures.patrol(danHoa, "DANHOA2025", "TRONGHOA", day, "Đạt 1_0 " + token);
		// as typed: "100%" is that text, "_" a character (as wildcards both would also find "Đạt 100"); the page's
		// rows and its totals agree
		for (String[] c : new String[][] { { "100% ", "Đạt 100% " }, { "1_0 ", "Đạt 1_0 " } }) {
			String page = get("xa.danhoa", "/activities?q={q}", c[0] + token);
			assertThat(page).as(c[0]).contains(">" + c[1] + token + "<", "id=\"total-sessions\">1<")
				.doesNotContain(">Đạt 100 " + token + "<");
		}
		assertThat(get("xa.danhoa", "/activities?q={q}", "Đạt % " + token)).contains("id=\"total-sessions\">0<");
		assertThat(get("xa.danhoa", "/activities?q={q}", token)).contains("id=\"total-sessions\">3<");
	}

}
