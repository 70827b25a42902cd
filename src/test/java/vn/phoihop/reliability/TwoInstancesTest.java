package vn.phoihop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.AppInstance;
import vn.phoihop.support.HttpSession;
import vn.phoihop.support.IntegrationTest;

/**
 * Two app instances on one database, as behind a round-robin load balancer: a user signs in through the first,
 * reads and writes through the second; the first stops; nothing is lost.
 */
@IntegrationTest
class TwoInstancesTest {

	@Autowired
	Environment environment;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUserSignedInOnOneInstanceContinuesOnTheOtherAndSurvivesTheFirstStopping() throws Exception {
		ConfigurableApplicationContext first = AppInstance.besides(environment);
		try (ConfigurableApplicationContext second = AppInstance.besides(environment)) {
			HttpSession browser = new HttpSession(AppInstance.url(first)).withDatabase(jdbc);
			assertThat(browser.signIn("admin", "Demo@2026").statusCode()).isEqualTo(302);
			assertThat(browser.get("/").body()).contains("Xin chào, Quản trị hệ thống");

			// the next requests land on the other instance
			browser.to(AppInstance.url(second));
			assertThat(browser.get("/admin/provinces").statusCode()).isEqualTo(200);
			String code = "HAI" + (System.nanoTime() % 100000);
			var saved = browser.post("/admin/provinces",
					Map.of("code", code, "name", "Tỉnh qua hai máy", "_csrf", browser.csrf("/admin/provinces/new")));
			assertThat(saved.statusCode()).isEqualTo(302);
			assertThat(jdbc.queryForObject("select created_by from province where code = ?", String.class, code))
				.isEqualTo("admin");

			first.close();
			assertThat(browser.get("/admin/provinces").body()).contains("Tỉnh qua hai máy");
			assertThat(browser.get("/").body()).contains("Xin chào, Quản trị hệ thống");
		}
		finally {
			if (first.isActive()) {
				first.close();
			}
		}
	}

}
