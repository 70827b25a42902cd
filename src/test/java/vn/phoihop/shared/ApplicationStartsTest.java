package vn.phoihop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.shared.web.lane.ReadLane;
import vn.phoihop.support.IntegrationTest;

@IntegrationTest
class ApplicationStartsTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void flywayMigratedTheEmptyDatabaseAndTheContextStarted() {
		Integer failed = jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class);
		Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class);
		assertThat(failed).isZero();
		assertThat(applied).isGreaterThanOrEqualTo(5);
		assertThat(jdbc.queryForObject("select search_key('Trọng Hóa')", String.class)).isEqualTo("trong hoa");
	}

	@Test
	void searchKeyIgnoresAccentsCaseAndUnicodeForm() {
		String decomposed = Normalizer.normalize("Trọng Hóa", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("Trọng Hóa");
		assertThat(jdbc.queryForObject("select search_key(?)", String.class, decomposed)).isEqualTo("trong hoa");
		assertThat(jdbc.queryForObject("select search_key('ĐINH Văn Lâm')", String.class)).isEqualTo("dinh van lam");
	}

	@Test
	void healthAnswersWithoutSigningInAndShowsNoDetails() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("\"status\":\"UP\"")
			.doesNotContain("db").doesNotContain("diskSpace");
	}

	@Test
	void demoTerritoryIsLoadedOnce() {
		assertThat(jdbc.queryForObject("select count(*) from village v join commune c on c.id = v.commune_id "
				+ "where c.code in ('TRONGHOA','THANHHOA')", Integer.class)).isEqualTo(28);
		assertThat(jdbc.queryForObject("select count(*) from app_user where username in "
				+ "('admin','chihuy.ramai','canbo.ramai','xa.danhoa','xa.tuyenlam','tinh.quangtri')", Integer.class))
			.isEqualTo(6);
		assertThat(jdbc.queryForObject("select count(*) from province where code = 'QUANGTRI'", Integer.class)).isEqualTo(1);
	}

	@Autowired
	FilterRegistrationBean<ReadLane> readLane;

	@Test
	void theReadsLaneIsOnAndFirstAheadOfTheSessionAndSecurity() {
		// first: a read waiting for its turn has not read its session nor taken a database connection
		assertThat(readLane.getFilter()).isInstanceOf(ReadLane.class);
		assertThat(readLane.getOrder()).isLessThan(SessionRepositoryFilter.DEFAULT_ORDER)
			.isLessThan(SecurityFilterProperties.DEFAULT_FILTER_ORDER);
	}

	@Test
	void unknownPageIsAFriendlyVietnamese404WithoutStackTrace() {
		var result = mvc.get().uri("/khong-co-trang-nay").with(
				SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN"));
		assertThat(result).hasStatus(404);
	}

}
