package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * Economic models with substance (issue 24 §5): the support received, the scale and the yearly results, edited on the
 * model's page by the officials of its commune, audited; the demo data gives the article's three models theirs.
 */
@IntegrationTest
class ModelSubstanceTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	/** A model of former Trọng Hóa made for the test (its commune's official is xa.danhoa). */
	private long model() {
		return jdbc.queryForObject("""
				insert into economic_model (name, commune_id, started_on, created_by, updated_by)
				select 'Mô hình thử ' || ?, id, date '2020-01-01', 'test', 'test' from commune where code = 'TRONGHOA'
				returning id""", Long.class, HouseholdFixtures.token());
	}

	@Test
	void theArticlesModelsHaveTheirSupportScaleAndResults() {
		long goats = jdbc.queryForObject("select id from economic_model where name = 'Mô hình nuôi dê lấy thịt'",
				Long.class);
		String page = HouseholdPagesTest.html(mvc.get().uri("/models/" + goats).with(users.as("canbo.ramai")).exchange());
		assertThat(page).contains("Dê: 260 con").contains("con dê giống").contains("Con giống")
			.contains("con xuất chuồng").contains("18.000.000")
			.doesNotContain("id=\"support-form\""); // a post's cadre reads, records nothing
		long jackfruit = jdbc.queryForObject("select id from economic_model where name = 'Mô hình trồng mít Thái'",
				Long.class);
		assertThat(HouseholdPagesTest.html(mvc.get().uri("/models/" + jackfruit).with(users.as("xa.danhoa")).exchange()))
			.contains("12,5 ha").contains("Cây giống").contains("tấn quả").contains("id=\"support-form\"");
		assertThat(jdbc.queryForObject("select count(*) from economic_model_support", Long.class)).isGreaterThanOrEqualTo(12);
	}

	@Test
	void anOfficialRecordsSupportScaleAndAYearsResultAudited() {
		long id = model();
		try {
			assertThat(mvc.post().uri("/models/" + id + "/supports").param("givenOn", "2021-03-15")
				.param("kind", "SEEDLINGS").param("quantity", "500").param("unit", "cây").param("valueDong", "15000000")
				.param("givenBy", "Đồn Biên phòng Ra Mai").with(users.as("xa.danhoa")).with(csrf()))
				.hasStatus3xxRedirection();
			assertThat(jdbc.queryForObject("select value_dong from economic_model_support where model_id = ?",
					Long.class, id)).isEqualTo(15_000_000L);
			assertThat(mvc.post().uri("/models/" + id + "/scale").param("version", "0").param("areaHa", "3.5")
				.param("heads[GOATS]", "40").param("heads[POULTRY]", "0").with(users.as("xa.danhoa")).with(csrf()))
				.hasStatus3xxRedirection();
			assertThat(jdbc.queryForObject("select area_ha from economic_model where id = ?", BigDecimal.class, id))
				.isEqualByComparingTo("3.5");
			assertThat(jdbc.queryForList("select kind || ' ' || head from economic_model_livestock where model_id = ?",
					String.class, id)).containsExactly("GOATS 40");
			int version = jdbc.queryForObject("select version from economic_model where id = ?", Integer.class, id);
			assertThat(mvc.post().uri("/models/" + id + "/results").param("version", String.valueOf(version))
				.param("year", "2023").param("outputQuantity", "12").param("outputUnit", "con xuất chuồng")
				.param("incomePerHousehold", "9000000").param("households", "6").with(users.as("xa.danhoa"))
				.with(csrf())).hasStatus3xxRedirection();
			// the same year again replaces it
			version = jdbc.queryForObject("select version from economic_model where id = ?", Integer.class, id);
			assertThat(mvc.post().uri("/models/" + id + "/results").param("version", String.valueOf(version))
				.param("year", "2023").param("outputQuantity", "14").param("outputUnit", "con xuất chuồng")
				.with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection();
			assertThat(jdbc.queryForList("select output_quantity from economic_model_result where model_id = ?",
					BigDecimal.class, id)).singleElement().satisfies(q -> assertThat(q).isEqualByComparingTo("14"));
			assertThat(jdbc.queryForObject("""
					select count(*) from audit_event where entity_type in ('EconomicModel', 'ModelSupport')
					  and username = 'xa.danhoa' and (entity_id = ? or entity_id in
					    (select id from economic_model_support where model_id = ?))""", Long.class, id, id))
				.isEqualTo(4);

			// a result of next year and a negative head count: the messages next to the fields, what was typed kept
			version = jdbc.queryForObject("select version from economic_model where id = ?", Integer.class, id);
			assertThat(HouseholdPagesTest.html(mvc.post().uri("/models/" + id + "/results")
				.param("version", String.valueOf(version)).param("year", "2099").param("outputUnit", "tấn lạ")
				.with(users.as("xa.danhoa")).with(csrf()).exchange()))
				.contains("id=\"year-error\"").contains("value=\"tấn lạ\"");
			assertThat(HouseholdPagesTest.html(mvc.post().uri("/models/" + id + "/scale")
				.param("version", String.valueOf(version)).param("areaHa", "abc").with(users.as("xa.danhoa"))
				.with(csrf()).exchange())).contains("id=\"areaHa-error\"").contains("value=\"abc\"");
			assertThat(jdbc.queryForObject("select count(*) from economic_model_result where model_id = ?", Long.class,
					id)).isEqualTo(1);

			// another commune's official, the post's commander and the provincial command change nothing
			long support = jdbc.queryForObject("select id from economic_model_support where model_id = ?", Long.class,
					id);
			assertThat(mvc.post().uri("/models/" + id + "/supports/" + support + "/delete")
				.with(users.as("xa.tuyenlam")).with(csrf())).hasStatus(404);
			assertThat(mvc.post().uri("/models/" + id + "/results/2023/delete").with(users.as("xa.tuyenlam"))
				.with(csrf())).hasStatus(404);
			assertThat(mvc.post().uri("/models/" + id + "/supports").param("givenOn", "2021-03-15")
				.param("kind", "MONEY").param("valueDong", "1").with(users.as("chihuy.ramai")).with(csrf()))
				.hasStatus(403);
			assertThat(mvc.post().uri("/models/" + id + "/scale").param("version", "1").param("areaHa", "9")
				.with(users.as("tinh.quangtri")).with(csrf())).hasStatus(403);
			assertThat(jdbc.queryForObject("select count(*) from economic_model_support where model_id = ?", Long.class,
					id)).isEqualTo(1);

			// its own official removes a support recorded by mistake
			assertThat(mvc.post().uri("/models/" + id + "/supports/" + support + "/delete")
				.with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection();
			assertThat(jdbc.queryForObject("select count(*) from economic_model_support where model_id = ?", Long.class,
					id)).isZero();
		}
		finally {
			jdbc.update("delete from economic_model where id = ?", id);
		}
	}

}
