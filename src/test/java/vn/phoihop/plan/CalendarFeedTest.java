package vn.phoihop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.phoihop.plan.PlanFixtures.unique;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * The iCalendar feed: a secret link per user, shown once, stored hashed; the feed, read without a session, holds what
 * its owner reads of the approved plans, as RFC 5545 text; a new link or a revoked one leaves the old link a 404;
 * making and revoking are audited.
 */
@IntegrationTest
class CalendarFeedTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	PlanFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new PlanFixtures(jdbc);
	}

	/** Makes the user's link and gives its token, read from the page the user is sent to. */
	String makeLink(String user) {
		MvcTestResult made = mvc.post().uri("/calendar/link").with(users.as(user)).with(csrf()).exchange();
		assertThat(made).hasRedirectedUrl("/calendar/link");
		String url = (String) made.getMvcResult().getFlashMap().get("feedUrl");
		assertThat(url).matches("http://localhost/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
		return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
	}

	MvcTestResult feed(String token) {
		return mvc.get().uri("/calendar/feed/" + token + ".ics").exchange();
	}

	String text(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	int audited(String action, String user) {
		return jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_type = 'CalendarFeed' "
				+ "and username = ?", Integer.class, action, user);
	}

	@Test
	void theFeedHoldsWhatItsOwnerReadsAsRfc5545Text() {
		YearMonth now = YearMonth.now();
		long plan = fx.plan(fx.agreement(), now.getYear(), true);
		String own = unique("Tuyên truyền, vận động; phòng chống ma túy tại các thôn bản khu vực biên giới xã");
		long item = fx.item(plan, now.getMonthValue(), "TRONGHOA", Lead.COMMUNE, own);
		jdbc.update("update planned_item set planned_on = ?, place = 'Nhà văn hóa bản Ka Oóc' where id = ?",
				now.atDay(9), item);
		String theirs = unique("Nội dung của Thanh Hóa");
		fx.item(plan, now.getMonthValue(), "THANHHOA", Lead.COMMUNE, theirs);
		String draft = unique("Nội dung dự thảo");
		fx.item(fx.plan(fx.agreement(), now.getYear(), false), now.getMonthValue(), "TRONGHOA", Lead.COMMUNE, draft);

		String token = makeLink("xa.danhoa");
		MvcTestResult result = feed(token);
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(result.getRequest().getSession(false)).as("no session for a feed").isNull();
		String ics = text(result);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(Arrays.stream(ics.split("\r\n")))
			.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("UID:planned-item-" + item + "@phoihop",
				"DTSTART;VALUE=DATE:" + now.atDay(9).toString().replace("-", ""),
				"DTEND;VALUE=DATE:" + now.atDay(10).toString().replace("-", ""),
				"SUMMARY:" + own.replace(",", "\\,").replace(";", "\\;"),
				"LOCATION:Nhà văn hóa bản Ka Oóc\\, Trọng Hóa", "Lĩnh vực phối hợp: Tuyên truyền",
				"Kết quả thực hiện: Chưa báo cáo", "/plans/" + plan + "/items/" + item);
		assertThat(unfolded).doesNotContain(theirs, draft);
		assertThat(audited(CalendarFeeds.CREATE, "xa.danhoa")).isGreaterThanOrEqualTo(1);
		// only the token's hash is kept
		assertThat(jdbc.queryForObject("select count(*) from calendar_feed where token_hash = ?", Integer.class, token))
			.isZero();

		// the commander's feed has the other commune's item too
		assertThat(text(feed(makeLink("chihuy.ramai"))).replace("\r\n ", "")).contains(own.replace(",", "\\,")
			.replace(";", "\\;"), theirs);
	}

	@Test
	void aNewLinkOrARevokedOneLeavesTheOldLinkNotFound() {
		String first = makeLink("canbo.ramai");
		assertThat(feed(first)).hasStatusOk();
		String second = makeLink("canbo.ramai");
		assertThat(feed(first)).hasStatus(404);
		assertThat(feed(second)).hasStatusOk();
		assertThat(PlanFixtures.html(mvc.get().uri("/calendar/link").with(users.as("canbo.ramai")).exchange()))
			.contains("Bạn đã có đường dẫn lịch");
		assertThat(mvc.post().uri("/calendar/link/revoke").with(users.as("canbo.ramai")).with(csrf()))
			.hasRedirectedUrl("/calendar/link");
		assertThat(feed(second)).hasStatus(404);
		assertThat(audited(CalendarFeeds.REVOKE, "canbo.ramai")).isGreaterThanOrEqualTo(1);
		assertThat(PlanFixtures.html(mvc.get().uri("/calendar/link").with(users.as("canbo.ramai")).exchange()))
			.contains("Bạn chưa có đường dẫn lịch.");
		// a made-up token, too
		assertThat(feed("x".repeat(43))).hasStatus(404);
	}

}
