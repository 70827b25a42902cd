package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * The commune's report and a task's result sent twice with the same one-time token (an answer lost on a dropped link,
 * the offline outbox sending what it kept): saved once, the second answered as already received; a form without a
 * token is saved as before. On months the demo data leaves empty.
 */
@IntegrationTest
class SentOnceTest {

	static final YearMonth REPORT_MONTH = YearMonth.of(2015, 11);

	static final YearMonth TASK_MONTH = YearMonth.of(2015, 12);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

	@AfterEach
	void cleanUp() {
		jdbc.update("delete from monthly_review where month in (?, ?) and post_id = ?", REPORT_MONTH.atDay(1),
				TASK_MONTH.atDay(1), fixtures.postId());
	}

	private MockMvcRequestBuilder post(String user, String path, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri(path).with(users.as(user)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	@Test
	void theSameReportSentTwiceIsSavedOnceAndTheSecondIsAnsweredAsReceived() {
		String sub = "/reviews/RAMAI/" + REPORT_MONTH + "/submissions/" + fixtures.communeId("DANHOA2025");
		String token = "report-" + System.nanoTime();
		assertThat(post("xa.danhoa", sub, "version", "0", "token", token, "narrative", "Tháng 11 ổn định", "action",
				"draft")).hasStatus3xxRedirection().flash().containsEntry("success", "submission.draftSaved");
		int saved = fixtures.submissionVersion(REPORT_MONTH, "DANHOA2025");
		// the same form again (its answer was lost), even changed since: the token says it was received
		assertThat(post("xa.danhoa", sub, "version", "0", "token", token, "narrative", "Tháng 11 ổn định (lần 2)",
				"action", "submit")).hasStatus3xxRedirection().flash().containsEntry("success", "submission.alreadySent");
		assertThat(fixtures.submissionStatus(REPORT_MONTH, "DANHOA2025")).isEqualTo("DRAFT");
		assertThat(fixtures.submissionVersion(REPORT_MONTH, "DANHOA2025")).isEqualTo(saved);
		assertThat(jdbc.queryForObject("select s.narrative from commune_submission s join monthly_review r on r.id = "
				+ "s.review_id where r.month = ? and s.commune_id = ?", String.class, REPORT_MONTH.atDay(1),
				fixtures.communeId("DANHOA2025"))).isEqualTo("Tháng 11 ổn định");
		// without a token (a page drawn before tokens): saved as before
		assertThat(post("xa.danhoa", sub, "version", String.valueOf(saved), "narrative", "Tháng 11, bổ sung", "action",
				"submit")).hasStatus3xxRedirection().flash().containsEntry("success", "submission.submitted");
		assertThat(fixtures.submissionStatus(REPORT_MONTH, "DANHOA2025")).isEqualTo("SUBMITTED");
		assertThat(fixtures.submissionVersion(REPORT_MONTH, "DANHOA2025")).isEqualTo(saved + 1);
	}

	@Test
	void aRefusedReportLeavesItsTokenForTheCorrectedSending() {
		String sub = "/reviews/RAMAI/" + REPORT_MONTH + "/submissions/" + fixtures.communeId("DANHOA2025");
		String token = "report-refused-" + System.nanoTime();
		assertThat(post("xa.danhoa", sub, "version", "0", "token", token, "narrative", "", "action", "submit"))
			.hasStatusOk().bodyText().contains("Vui lòng nhập tóm tắt tình hình trước khi gửi.");
		assertThat(post("xa.danhoa", sub, "version", "0", "token", token, "narrative", "Đã bổ sung", "action", "submit"))
			.hasStatus3xxRedirection().flash().containsEntry("success", "submission.submitted");
		assertThat(fixtures.submissionStatus(REPORT_MONTH, "DANHOA2025")).isEqualTo("SUBMITTED");
	}

	@Test
	void theSameTaskResultSentTwiceIsRecordedOnce() {
		long review = jdbc.queryForObject("insert into monthly_review (post_id, month) values (?, ?) returning id",
				Long.class, fixtures.postId(), TASK_MONTH.atDay(1));
		long cadre = jdbc.queryForObject("select c.id from cadre c join app_user u on u.id = c.user_id "
				+ "where u.username = 'canbo.ramai'", Long.class);
		long task = jdbc.queryForObject("insert into review_task (review_id, cadre_id, due_date, description) "
				+ "values (?, ?, '2016-01-31', 'Nhiệm vụ gửi hai lần') returning id", Long.class, review, cadre);
		String token = "task-" + System.nanoTime();
		assertThat(post("canbo.ramai", "/tasks/" + task + "/done", "version", "0", "token", token, "resultNote",
				"Đã kiểm tra")).hasStatus3xxRedirection();
		assertThat(post("canbo.ramai", "/tasks/" + task + "/done", "version", "0", "token", token, "resultNote",
				"Đã kiểm tra")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select status || ' ' || result_note || ' ' || version from review_task where id = ?",
				String.class, task)).isEqualTo("DONE Đã kiểm tra 1");
	}

}
