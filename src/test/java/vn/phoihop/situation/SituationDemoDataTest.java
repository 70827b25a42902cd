package vn.phoihop.situation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** The demo post's illustrative segment and year of situation items (the demo module's, docs/design.md §11–§12). */
@IntegrationTest
class SituationDemoDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

	@Test
	void raMaiHasAnIllustrativeSegmentWithInspectionsSomeOverdue() {
		assertThat(count("select count(*) from border_marker m join border_post p on p.id = m.post_id "
				+ "where p.code = 'RAMAI' and m.created_by = 'demo'")).isEqualTo(10);
		assertThat(count("select count(*) from border_marker where created_by = 'demo' and number not like 'MH-%'"))
			.isZero();
		assertThat(count("select count(*) from marker_inspection i join border_marker m on m.id = i.marker_id "
				+ "where m.created_by = 'demo'")).isGreaterThan(40);
		// overdue after the 90 days: two inspected long ago, one never
		assertThat(count("""
				select count(*) from border_marker m where m.created_by = 'demo' and coalesce((select max(inspected_on)
				from marker_inspection i where i.marker_id = m.id), date '1900-01-01') < current_date - 90""")).isEqualTo(3);
		assertThat(count("select count(*) from marker_inspection where inspected_on > current_date")).isZero();
	}

	@Test
	void raMaiHasAYearOfSituationItemsOfEveryCategoryNoneInTheFuture() {
		assertThat(count("select count(*) from situation_item where created_by in ('xa.danhoa','xa.tuyenlam',"
				+ "'canbo.ramai','chihuy.ramai') and what_happened like '%minh họa%'")).isBetween(40, 80);
		assertThat(count("select count(distinct category_id) from situation_item where what_happened like '%minh họa%'"))
			.isGreaterThanOrEqualTo(8);
		assertThat(count("select count(*) from situation_item where restricted and what_happened like '%minh họa%'"))
			.isEqualTo(2);
		assertThat(count("select count(*) from situation_item where occurred_on > current_date")).isZero();
		assertThat(count("select count(*) from situation_status_change where changed_on > current_date")).isZero();
		// the history agrees with the status: a closed item's last move is its status
		assertThat(count("""
				select count(*) from situation_item s where s.status <> 'NEW' and s.status <> (select h.status
				from situation_status_change h where h.item_id = s.id order by h.changed_on desc, h.id desc limit 1)"""))
			.isZero();
		assertThat(mvc.get().uri("/situation").with(users.as("xa.danhoa"))).hasStatusOk();
		assertThat(mvc.get().uri("/border").with(users.as("canbo.ramai"))).hasStatusOk();
	}

}
