package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.IntegrationTest;

/** The article's figures, in the demo data set (docs/design.md §1 acceptance case). */
@IntegrationTest
class HouseholdDemoDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTwentyEightVillagesOfTrongHoaAndThanhHoaHold2907HouseholdsAnd11569Persons() {
		Map<String, Object> totals = jdbc.queryForMap("""
				select count(*) as households, sum(h.members) as persons, count(distinct h.village_id) as villages
				from household h join village v on v.id = h.village_id join commune c on c.id = v.commune_id
				where c.code in ('TRONGHOA', 'THANHHOA') and h.created_by = 'demo'""");
		assertThat(((Number) totals.get("households")).longValue()).isEqualTo(2907);
		assertThat(((Number) totals.get("persons")).longValue()).isEqualTo(11569);
		assertThat(((Number) totals.get("villages")).longValue()).isEqualTo(28);
		assertThat(jdbc.queryForObject("""
				select count(*) from household h join village v on v.id = h.village_id join commune c on c.id = v.commune_id
				where c.code in ('DANHOA', 'LAMHOA') and h.created_by = 'demo'""", Long.class)).isZero();
	}

	@Test
	void nineteenSecurityGroupsWith455Members() {
		Map<String, Object> g = jdbc.queryForMap("""
				select count(*) as groups, sum(member_count) as members from self_managed_group
				where type = 'SECURITY_ORDER' and created_by = 'demo'""");
		assertThat(((Number) g.get("groups")).longValue()).isEqualTo(19);
		assertThat(((Number) g.get("members")).longValue()).isEqualTo(455);
	}

	@Test
	void nineBorderMarkerGroupsWith149HouseholdsAnd480Persons() {
		Map<String, Object> g = jdbc.queryForMap("""
				select count(distinct g.id) as groups, count(distinct gh.household_id) as households,
				       sum(h.members) as persons
				from self_managed_group g join self_managed_group_household gh on gh.group_id = g.id
				join household h on h.id = gh.household_id
				where g.type = 'BORDER_MARKER' and g.created_by = 'demo'""");
		assertThat(((Number) g.get("groups")).longValue()).isEqualTo(9);
		assertThat(((Number) g.get("households")).longValue()).isEqualTo(149);
		assertThat(((Number) g.get("persons")).longValue()).isEqualTo(480);
	}

	@Test
	void theThreeModelsOfTheArticleHaveParticipatingHouseholdsAndPovertyFalls() {
		assertThat(jdbc.queryForList("select name from economic_model where created_by = 'demo' order by id",
				String.class))
			.containsExactly("Mô hình trồng mít Thái", "Mô hình trồng cam Khe Mây", "Mô hình nuôi dê lấy thịt");
		assertThat(jdbc.queryForObject("select count(*) from economic_model_household", Long.class)).isGreaterThan(50);
		double poor2017 = jdbc.queryForObject(
				"select avg(case when status = 'POOR' then 1.0 else 0 end) from household_poverty where year = 2017",
				Double.class);
		double poor2025 = jdbc.queryForObject(
				"select avg(case when status = 'POOR' then 1.0 else 0 end) from household_poverty where year = 2025",
				Double.class);
		assertThat(poor2017).isBetween(0.25, 0.45);
		assertThat(poor2025).isLessThan(poor2017);
		assertThat(jdbc.queryForObject("select count(*) from cadre where created_by = 'demo'", Long.class))
			.isEqualTo(20);
	}

}
