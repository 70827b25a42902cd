package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * The month's end: the communes of a post send their reports at the same moment, on a month nobody has opened yet
 * (months of 2011, which no other test uses). Each request finds no review of the month and stores one; every
 * report must be saved, under the one review, and none answered with an error (the month-end benchmark's 500s).
 */
@IntegrationTest
class MonthEndReportsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

	@Test
	void twoCommunesOfAPostSendingTheirReportsAtTheSameMomentBothHaveThemSaved() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			// several months: one race may not meet in the window between the look-up and the insert
			for (int month = 1; month <= 8; month++) {
				YearMonth m = YearMonth.of(2011, month);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<MockHttpServletResponse>> sent = new ArrayList<>();
				for (String[] official : List.of(new String[] { "xa.danhoa", "DANHOA2025" },
						new String[] { "xa.tuyenlam", "TUYENLAM" })) {
					var request = post("/reviews/RAMAI/" + m + "/submissions/" + fixtures.communeId(official[1]))
						.with(users.as(official[0]))
						.with(csrf())
						.param("version", "0")
						.param("narrative", "Báo cáo tháng " + m + " của " + official[1])
						.param("action", "submit");
					sent.add(pool.submit(() -> {
						start.await();
						return mvc.perform(request).andReturn().getResponse();
					}));
				}
				start.countDown();
				for (Future<MockHttpServletResponse> f : sent) {
					MockHttpServletResponse r = f.get(60, TimeUnit.SECONDS);
					assertThat(r.getStatus()).as(m + ": " + r.getContentAsString()).isEqualTo(302);
				}
				assertThat(fixtures.submissionStatus(m, "DANHOA2025")).isEqualTo("SUBMITTED");
				assertThat(fixtures.submissionStatus(m, "TUYENLAM")).isEqualTo("SUBMITTED");
				assertThat(jdbc.queryForObject("select count(*) from monthly_review where post_id = ? and month = ?",
						Integer.class, fixtures.postId(), Date.valueOf(m.atDay(1)))).isEqualTo(1);
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
