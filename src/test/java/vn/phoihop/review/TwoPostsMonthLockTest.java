package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.request.RequestContextHolder;

import vn.phoihop.activity.MonthLock;
import vn.phoihop.review.ReviewForms.ConcludeForm;
import vn.phoihop.review.ReviewForms.ReopenForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;
import vn.phoihop.territory.TerritoryCache;

/**
 * Two posts cover one commune (docs/design.md §2: a merged commune may be covered by two posts). Each post's
 * conclusion locks the commune's month; a reopen by one post removes only its own lock, so the month stays read-only
 * while the other post's conclusion stands. Before, one post's reopen unlocked a month the other had concluded.
 */
@IntegrationTest
class TwoPostsMonthLockTest {

	private static final YearMonth MONTH = YearMonth.of(2016, 9);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	MonthLock lock;

	@Autowired
	TerritoryCache territoryCache;

	@Autowired
	TestUsers users;

	@Test
	void aReopenByOnePostLeavesTheMonthLockedWhileTheOtherPostsConclusionStands() {
		long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		long province = jdbc.queryForObject("select province_id from border_post where code = 'RAMAI'", Long.class);
		long second = jdbc.queryForObject("""
				insert into border_post (code, name, provincial_command, province_id)
				values ('KHOA2', 'Đồn Biên phòng Thử Khóa', 'Bộ Chỉ huy thử', ?) returning id""", Long.class, province);
		jdbc.update("insert into post_coverage (post_id, commune_id, valid_from) values (?, ?, date '2025-07-01')",
				second, danHoa);
		territoryCache.invalidate();
		CurrentUser ramai = users.load("chihuy.ramai");
		CurrentUser other = new CurrentUser(-3L, "chihuy.khoa2", "x", "Chỉ huy thử", Role.COMMANDER, second, null,
				province, true);

		conclude(ramai, "RAMAI");
		conclude(other, "KHOA2");
		assertThat(lock.isLocked(danHoa, MONTH)).isTrue();

		reopen(other, "KHOA2");
		assertThat(lock.isLocked(danHoa, MONTH)).as("Ra Mai's conclusion still stands").isTrue();
		reopen(ramai, "RAMAI");
		assertThat(lock.isLocked(danHoa, MONTH)).as("every post that concluded it has reopened it").isFalse();

		conclude(other, "KHOA2");
		assertThat(lock.isLocked(danHoa, MONTH)).isTrue();

		// the second post stops covering the commune, so the tests after this one meet Dân Hóa under Ra Mai alone
		jdbc.update("delete from post_coverage where post_id = ?", second);
		territoryCache.invalidate();
	}

	/** The post's review of the month with one conclusion written, then concluded with a reason (no reports). */
	private void conclude(CurrentUser commander, String code) {
		long post = jdbc.queryForObject("select id from border_post where code = ?", Long.class, code);
		Long review = jdbc.query("select id from monthly_review where post_id = ? and month = ?",
				rs -> rs.next() ? rs.getLong(1) : null, post, Date.valueOf(MONTH.atDay(1)));
		if (review == null) {
			review = jdbc.queryForObject("""
					insert into monthly_review (post_id, month, status, created_by, updated_by)
					values (?, ?, 'OPEN', 'test', 'test') returning id""", Long.class, post, Date.valueOf(MONTH.atDay(1)));
			jdbc.update("insert into review_conclusion (review_id, content_area, text) values (?, 'BORDER_SOVEREIGNTY', ?)",
					review, "Tình hình ổn định");
		}
		ConcludeForm form = new ConcludeForm();
		form.version = version(review);
		form.concludedOn = LocalDate.of(2016, 10, 3);
		form.reason = "Thử khóa tháng của hai đồn";
		RequestContextHolder.resetRequestAttributes();
		decisions.conclude(commander, code, MONTH, form);
	}

	private void reopen(CurrentUser commander, String code) {
		long post = jdbc.queryForObject("select id from border_post where code = ?", Long.class, code);
		long review = jdbc.queryForObject("select id from monthly_review where post_id = ? and month = ?", Long.class,
				post, Date.valueOf(MONTH.atDay(1)));
		ReopenForm form = new ReopenForm();
		form.version = version(review);
		form.reason = "Bổ sung số liệu";
		RequestContextHolder.resetRequestAttributes();
		decisions.reopen(commander, code, MONTH, form);
	}

	private int version(long review) {
		return jdbc.queryForObject("select version from monthly_review where id = ?", Integer.class, review);
	}

}
