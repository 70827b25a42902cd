package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/** The review pages on the demo data, for each role, and what the dashboard says is waiting. */
@IntegrationTest
class ReviewPagesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	private String page(String user, String path) {
		return Pages.text(mvc.get().uri(path).with(users.as(user)).exchange(), 200);
	}

	@Test
	void everyRoleSeesTheMonthsOfItsPosts() {
		YearMonth current = YearMonth.now();
		YearMonth last = current.minusMonths(1);
		for (String user : new String[] { "chihuy.ramai", "canbo.ramai", "xa.danhoa", "xa.tuyenlam", "tinh.quangtri",
				"admin" }) {
			assertThat(page(user, "/reviews")).as(user).contains("Đồn Biên phòng Ra Mai")
				.contains(String.format("%02d/%d", last.getMonthValue(), last.getYear())).contains("Đã kết luận");
			assertThat(page(user, "/reviews/RAMAI/" + last)).as(user).contains("Số liệu tháng (đã chốt khi kết luận)");
			assertThat(page(user, "/reviews/RAMAI/" + current)).as(user).contains("Đang mở");
		}
		// the current month is not over: the commander is told from when it can be concluded, with no button
		String from = current.plusMonths(1).atDay(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(page("chihuy.ramai", "/reviews/RAMAI/" + current)).contains("id=\"conclude-not-yet\"")
			.contains("chỉ kết luận được từ ngày " + from).doesNotContain("id=\"conclude-start\"")
			.contains("Chỉ tiêu đặt ra tháng trước").contains("Tuần tra đường biên, cột mốc")
			.contains("Nhiệm vụ giao tháng trước");
		// the list shows the last twelve months by default, one year on request, never the whole history (ten years
		// of 500 posts are 59,000 months at national scale)
		assertThat(page("chihuy.ramai", "/reviews")).contains("href=\"/reviews/RAMAI/" + current + "\"")
			.contains("href=\"/reviews/RAMAI/" + current.minusMonths(12) + "\"")
			.doesNotContain("href=\"/reviews/RAMAI/" + current.minusMonths(13) + "\"").contains("id=\"review-year\"");
		assertThat(page("chihuy.ramai", "/reviews?year=2019")).doesNotContain("href=\"/reviews/RAMAI/")
			.contains("<option value=\"2019\" selected=\"selected\">2019</option>");
		assertThat(page("chihuy.ramai", "/reviews?year=" + last.getYear()))
			.contains("href=\"/reviews/RAMAI/" + last + "\"")
			.doesNotContain("href=\"/reviews/RAMAI/" + YearMonth.of(last.getYear() - 1, 12) + "\"");
		assertThat(page("chihuy.ramai", "/reviews?year=abc")).contains("href=\"/reviews/RAMAI/" + current + "\"");
		// a sent submission names its sender by their name, not their username
		Long danhoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		String sender = jdbc.queryForObject("select full_name from app_user where username = 'xa.danhoa'", String.class);
		// ... and when, on Vietnam's clock whatever the server's zone (a UTC server showed 17:00 as 10:00)
		Instant sentAt = jdbc.queryForObject("""
				select s.submitted_at from commune_submission s join monthly_review r on r.id = s.review_id
				join border_post p on p.id = r.post_id where p.code = 'RAMAI' and r.month = ? and s.commune_id = ?""",
				Instant.class, last.atDay(1), danhoa);
		String shown = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
			.format(sentAt.atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		assertThat(page("chihuy.ramai", "/reviews/RAMAI/" + last + "/submissions/" + danhoa))
			.contains("Gửi bởi " + sender + " lúc " + shown).doesNotContain("Gửi bởi xa.danhoa");
		assertThat(page("chihuy.ramai", "/reviews/RAMAI/" + last)).contains("id=\"reopen-start\"")
			.contains("Tải bản kết luận (PDF)");
		assertThat(page("chihuy.ramai", "/reviews/RAMAI/" + current + "?lang=en")).contains("Next month's targets")
			.contains("Conclude the month");
		assertThat(mvc.get().uri("/reviews/go?post=RAMAI&month=2016-02").with(users.as("chihuy.ramai")))
			.hasStatus3xxRedirection().redirectedUrl().isEqualTo("/reviews/RAMAI/2016-02");
		assertThat(mvc.get().uri("/reviews/RAMAI/" + last + "/pdf").with(users.as("chihuy.ramai"))).hasStatusOk()
			.hasContentType("application/pdf");
		assertThat(mvc.get().uri("/reviews/RAMAI/" + last + "/pdf?lang=en").with(users.as("chihuy.ramai")))
			.hasStatusOk().hasContentType("application/pdf");
		mvc.get().uri("/?lang=vi").with(users.as("chihuy.ramai")).exchange(); // the choice is remembered per user
	}

	@Test
	void aStaleFormIsRefusedWithTheUsualMessageAndNothingChanges() {
		YearMonth m = YearMonth.of(2016, 2);
		String base = "/reviews/RAMAI/" + m;
		assertThat(mvc.post().uri(base + "/conclusions").with(users.as("chihuy.ramai"))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", "0").param("texts[POLITICAL_SYSTEM]", "Lần đầu")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri(base + "/conclusions").with(users.as("chihuy.ramai"))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", "0").param("texts[POLITICAL_SYSTEM]", "Bản cũ ghi đè")).hasStatusOk().bodyText()
			.contains("vừa được người khác thay đổi").contains("Bản cũ ghi đè");
		assertThat(page("chihuy.ramai", base)).contains("Lần đầu");
	}

	@Test
	void theDashboardShowsWhatIsWaiting() {
		assertThat(page("chihuy.ramai", "/")).contains("Việc đang chờ bạn").contains("Báo cáo của xã chờ xem xét")
			.contains("Xã Dân Hóa");
		// an official's first page is this month: the reports to send, with where each stands
		assertThat(page("xa.tuyenlam", "/")).contains("Báo cáo tháng gửi Đồn").contains(": chưa gửi");
		assertThat(page("canbo.ramai", "/")).contains("Nhiệm vụ đến hạn hoặc quá hạn");
		assertThat(page("canbo.ramai", "/tasks")).contains("task-overdue").contains("Quá hạn");
		// the existing content stays
		assertThat(page("xa.danhoa", "/")).contains("Xin chào");
	}

}
