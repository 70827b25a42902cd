package vn.phoihop.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.IntegrationTest;

/**
 * The markers' inspection coverage for the review, the reports and the dashboard: a month's markers inspected at
 * least once over all; overdue when not inspected within the post's period before the day (never inspected: overdue),
 * as the segment's page flags them. Three markers of Ra Mai of this test only, in former Lâm Hóa, removed afterwards.
 */
@IntegrationTest
class MarkerCoverageTest {

	private static final String MARK = "MarkerCoverageTest";

	@Autowired
	MarkerCoverage coverage;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheMarkers() {
		jdbc.update("delete from border_marker where note = ?", MARK);
	}

	private long lamHoa() {
		return jdbc.queryForObject("select id from commune where code = 'LAMHOA'", Long.class);
	}

	private long marker(String number) {
		return jdbc.queryForObject("""
				insert into border_marker (post_id, number, kind, position, commune_id, note)
				select id, ?, 'AUXILIARY', 9900, ?, ? from border_post where code = 'RAMAI' returning id""", Long.class,
				number, lamHoa(), MARK);
	}

	private void inspect(long marker, LocalDate on) {
		jdbc.update("""
				insert into marker_inspection (marker_id, inspected_on, condition, inspected_by, recorded_by)
				values (?, ?, 'INTACT', 'Tổ tự quản', 'canbo.ramai')""", marker, Date.valueOf(on));
	}

	@Test
	void aMonthsCoverageAndTheMarkersOverdueAtItsEnd() {
		int days = jdbc.queryForObject("""
				select coalesce((select s.inspection_days from border_setting s join border_post p on p.id = s.post_id
				                 where p.code = 'RAMAI'), 90)""", Integer.class);
		String n = Long.toString(System.nanoTime() % 100000);
		long twice = marker("CV" + n + "a");
		long before = marker("CV" + n + "b");
		marker("CV" + n + "c"); // never inspected
		YearMonth month = YearMonth.of(2012, 6);
		inspect(twice, month.atDay(3));
		inspect(twice, month.atDay(28));
		// inspected within the period before the month's end, but not in the month
		inspect(before, month.atDay(1).minusDays(1));
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		LocalDate today = LocalDate.now();

		MarkerCoverage.Month june = coverage.ofPost(post, month, today).stream()
			.filter(c -> c.communeId() == lamHoa()).findFirst().orElseThrow();
		assertThat(june.markers()).isEqualTo(3);
		assertThat(june.inspected()).isEqualTo(1);
		assertThat(june.overdue()).as("only the marker never inspected").isEqualTo(1);

		// a period: inspected at least once, the inspections, overdue at its end
		MarkerCoverage.Period p = coverage.period(List.of(lamHoa()), LocalDate.of(2012, 5, 1), LocalDate.of(2012, 6, 30),
				today).get(0);
		assertThat(p).isEqualTo(new MarkerCoverage.Period(lamHoa(), 3, 2, 3, 1));
		// months after the period: when the last inspection is older than the period, overdue
		YearMonth late = YearMonth.from(month.atEndOfMonth().plusDays(days + 1));
		assertThat(coverage.months(List.of(lamHoa()), late, late, today)).singleElement()
			.satisfies(c -> assertThat(c.overdue()).isEqualTo(3));
		// today: none of them inspected lately
		assertThat(coverage.overdue(post, today)).isGreaterThanOrEqualTo(3);
	}

}
