package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** The demo reviews: 12 concluded months before the current one, frozen figures that match the log, the month open. */
@IntegrationTest
class ReviewDemoDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewFixtures fixtures;

	@Autowired
	ReviewMonthPage pages;

	@Autowired
	TestUsers users;

	@Test
	void twelveConcludedMonthsAndTheCurrentOneOpen() {
		YearMonth current = YearMonth.now();
		assertThat(jdbc.queryForObject("select count(*) from monthly_review where post_id = ? and status = 'CONCLUDED' "
				+ "and month between ? and ?", Integer.class, fixtures.postId(), Date.valueOf(current.minusMonths(12).atDay(1)),
				Date.valueOf(current.minusMonths(1).atDay(1)))).isEqualTo(12);
		assertThat(fixtures.reviewStatus(current)).isEqualTo("OPEN");
		assertThat(fixtures.submissionStatus(current, "DANHOA2025")).isEqualTo("SUBMITTED");
		assertThat(fixtures.submissionStatus(current, "TUYENLAM")).isNull();
		assertThat(jdbc.queryForObject("select count(*) from review_task where status = 'DONE'", Integer.class))
			.isGreaterThan(20);
		assertThat(jdbc.queryForObject("select count(*) from review_task where status = 'OPEN' and due_date < current_date",
				Integer.class)).isGreaterThan(0);
	}

	@Test
	void theFrozenFiguresOfAConcludedMonthAreTheLogsAndTheMonthIsLocked() {
		YearMonth last = YearMonth.now().minusMonths(3);
		var view = pages.month(users.load("chihuy.ramai"), "RAMAI", last);
		assertThat(view.frozen()).isTrue();
		assertThat(view.review().getConclusions()).isNotEmpty();
		assertThat(view.review().getTargets()).hasSize(3);
		long patrols = jdbc.queryForObject("""
				select count(*) from activity a join commune c on c.id = a.commune_id
				where a.type = 'PATROL' and a.status = 'SUBMITTED' and a.activity_date >= ? and a.activity_date < ?
				  and (c.code in ('DANHOA2025', 'TUYENLAM') or c.merged_into_id in
				       (select id from commune where code in ('DANHOA2025', 'TUYENLAM')))""", Long.class,
				Date.valueOf(last.atDay(1)), Date.valueOf(last.plusMonths(1).atDay(1)));
		assertThat(patrols).isPositive();
		assertThat(view.total().counts().patrols()).isEqualTo(patrols);
		assertThat(jdbc.queryForObject("select count(*) from activity_month_lock where month = ? and commune_id = ?",
				Integer.class, Date.valueOf(last.atDay(1)), fixtures.communeId("DANHOA2025"))).isEqualTo(1);
	}

}
