package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/** Only the post's COMMANDER concludes, returns, reopens; officials see only their own commune; tasks by cadre. */
@IntegrationTest
class ReviewRolesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

	private MockMvcRequestBuilder post(String user, String path, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri(path).with(users.as(user)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	@Test
	void onlyThePostsCommanderConcludesReturnsAndReopens() {
		YearMonth m = YearMonth.of(2016, 7);
		String base = "/reviews/RAMAI/" + m;
		long danHoa = fixtures.communeId("DANHOA2025");
		assertThat(post("xa.danhoa", base + "/submissions/" + danHoa, "version", "0", "narrative", "Tháng 7",
				"action", "submit")).hasStatus3xxRedirection();
		assertThat(post("chihuy.ramai", base + "/conclusions", "version", "0", "texts[CULTURE_SOCIETY]", "Tốt"))
			.hasStatus3xxRedirection();
		for (String other : new String[] { "canbo.ramai", "xa.danhoa", "tinh.quangtri", "admin" }) {
			// nor may they open the confirmation pages
			for (String confirm : new String[] { "/conclude", "/reopen", "/submissions/" + danHoa + "/return" }) {
				assertThat(mvc.get().uri(base + confirm).with(users.as(other))).as(other + confirm).hasStatus(403);
			}
			assertThat(post(other, base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
					"conclusionNumber", "7-KL/ĐU", "concludedOn", "2016-08-01", "reason", "Thử")).as(other).hasStatus(403);
			assertThat(post(other, base + "/submissions/" + danHoa + "/return", "version",
					String.valueOf(fixtures.submissionVersion(m, "DANHOA2025")), "comment", "Không")).as(other)
				.hasStatus(403);
		}
		assertThat(fixtures.reviewStatus(m)).isEqualTo("OPEN");
		assertThat(fixtures.submissionStatus(m, "DANHOA2025")).isEqualTo("SUBMITTED");
		assertThat(post("chihuy.ramai", base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"conclusionNumber", "7-KL/ĐU", "concludedOn", "2016-08-01", "reason", "Tuyên Lâm báo cáo miệng"))
			.hasStatus3xxRedirection();
		for (String other : new String[] { "canbo.ramai", "xa.danhoa", "tinh.quangtri" }) {
			assertThat(post(other, base + "/reopen", "version", String.valueOf(fixtures.reviewVersion(m)), "reason",
					"Thử")).as(other).hasStatus(403);
		}
		assertThat(fixtures.reviewStatus(m)).isEqualTo("CONCLUDED");
		// the viewer of the province reads it, without the commander's forms
		assertThat(Pages.text(mvc.get().uri(base).with(users.as("tinh.quangtri")).exchange(), 200))
			.contains("Đã kết luận").doesNotContain("id=\"reopen-start\"");
		assertThat(Pages.text(mvc.get().uri(base).with(users.as("chihuy.ramai")).exchange(), 200))
			.contains("id=\"reopen-start\"");
	}

	@Test
	void aCommuneOfficialCannotReadAnotherCommunesSubmission() {
		YearMonth m = YearMonth.of(2016, 4);
		String base = "/reviews/RAMAI/" + m;
		long danHoa = fixtures.communeId("DANHOA2025");
		long tuyenLam = fixtures.communeId("TUYENLAM");
		assertThat(post("xa.danhoa", base + "/submissions/" + danHoa, "version", "0", "narrative",
				"Bí mật của Dân Hóa tháng 4", "action", "submit")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(base + "/submissions/" + danHoa).with(users.as("xa.tuyenlam"))).hasStatus(404);
		assertThat(post("xa.tuyenlam", base + "/submissions/" + danHoa, "version", "1", "narrative", "Ghi đè",
				"action", "submit")).hasStatus(404);
		assertThat(Pages.text(mvc.get().uri(base).with(users.as("xa.tuyenlam")).exchange(), 200))
			.doesNotContain("Bí mật của Dân Hóa");
		// their own is fine, and the commander reads both
		assertThat(mvc.get().uri(base + "/submissions/" + tuyenLam).with(users.as("xa.tuyenlam"))).hasStatusOk();
		assertThat(mvc.get().uri(base + "/submissions/" + danHoa).with(users.as("chihuy.ramai"))).hasStatusOk()
			.bodyText().contains("Bí mật của Dân Hóa tháng 4");
		// a future month or an unknown post is a 404
		assertThat(mvc.get().uri("/reviews/RAMAI/" + YearMonth.now().plusMonths(2)).with(users.as("chihuy.ramai")))
			.hasStatus(404);
		assertThat(mvc.get().uri("/reviews/KHONGCO/" + m).with(users.as("chihuy.ramai"))).hasStatus(404);
		assertThat(mvc.get().uri("/reviews/RAMAI/thang-5").with(users.as("chihuy.ramai"))).hasStatus(404);
	}

	@Test
	void aCadreSeesAndClosesTheirTasksTheCommanderSeesThePostsOverdueOnesStandOut() {
		YearMonth m = YearMonth.of(2016, 3);
		String base = "/reviews/RAMAI/" + m;
		long own = jdbc.queryForObject("select c.id from cadre c join app_user u on u.id = c.user_id "
				+ "where u.username = 'canbo.ramai'", Long.class);
		long other = jdbc.queryForObject("select min(id) from cadre where user_id is null and post_id = ?", Long.class,
				fixtures.postId());
		assertThat(post("chihuy.ramai", base + "/tasks", "version", "0", "cadreId", String.valueOf(own), "dueDate",
				"2016-04-15", "description", "Nhiệm vụ của Nam 2016-03")).hasStatus3xxRedirection();
		assertThat(post("chihuy.ramai", base + "/tasks", "version", "0", "cadreId", String.valueOf(other), "dueDate",
				"2016-04-20", "description", "Nhiệm vụ người khác 2016-03")).hasStatus3xxRedirection();
		assertThat(post("canbo.ramai", base + "/tasks", "version", "0", "cadreId", String.valueOf(own), "dueDate",
				"2016-04-20", "description", "Tự giao")).hasStatus(403);

		String mine = Pages.text(mvc.get().uri("/tasks").with(users.as("canbo.ramai")).exchange(), 200);
		assertThat(mine).contains("Nhiệm vụ của Nam 2016-03").doesNotContain("Nhiệm vụ người khác 2016-03")
			.contains("task-overdue").contains("Quá hạn");
		assertThat(Pages.text(mvc.get().uri("/").with(users.as("canbo.ramai")).exchange(), 200))
			.contains("Nhiệm vụ đến hạn hoặc quá hạn").contains("Nhiệm vụ của Nam 2016-03");
		long task = jdbc.queryForObject("select id from review_task where description = 'Nhiệm vụ của Nam 2016-03'",
				Long.class);
		long otherTask = jdbc.queryForObject(
				"select id from review_task where description = 'Nhiệm vụ người khác 2016-03'", Long.class);
		assertThat(post("canbo.ramai", "/tasks/" + otherTask + "/done", "version", "0", "resultNote", "x"))
			.hasStatus(404);
		assertThat(post("canbo.ramai", "/tasks/" + task + "/done", "version", "0", "resultNote", "")).hasStatusOk()
			.bodyText().contains("Vui lòng nhập thông tin này.");
		assertThat(post("canbo.ramai", "/tasks/" + task + "/done", "version", "0", "resultNote", "Đã kiểm tra xong"))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select status from review_task where id = ?", String.class, task))
			.isEqualTo("DONE");
		assertThat(Pages.text(mvc.get().uri("/tasks").with(users.as("chihuy.ramai")).exchange(), 200))
			.contains("Nhiệm vụ của Nam 2016-03").contains("Nhiệm vụ người khác 2016-03").contains("Đã kiểm tra xong");
		assertThat(mvc.get().uri("/tasks").with(users.as("xa.danhoa"))).hasStatus(403);
		// next month's review shows last month's tasks with their status
		assertThat(Pages.text(mvc.get().uri("/reviews/RAMAI/2016-04").with(users.as("chihuy.ramai")).exchange(), 200))
			.contains("Nhiệm vụ của Nam 2016-03").contains("Đã hoàn thành");
	}

}
