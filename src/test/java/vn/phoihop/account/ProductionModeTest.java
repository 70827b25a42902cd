package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.PhoiHopApplication;
import vn.phoihop.shared.db.RunMode;
import vn.phoihop.support.AppInstance;
import vn.phoihop.support.IntegrationTest;

/**
 * Production mode: the app is started a second time, on a fresh database of the same PostgreSQL server, the way an
 * operator starts it (SPRING_DATASOURCE_URL + APP_ADMIN_*).
 */
@IntegrationTest
class ProductionModeTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	private String freshDatabase(String name) {
		jdbc.execute("drop database if exists " + name);
		jdbc.execute("create database " + name);
		String url = environment.getProperty("spring.datasource.url");
		return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
	}

	private ConfigurableApplicationContext start(String url, String adminPassword) {
		return start(url, adminPassword, AppInstance.ENCRYPTION_KEY);
	}

	private ConfigurableApplicationContext start(String url, String adminPassword, String encryptionKey) {
		// command-line arguments: they take precedence over application.properties, as environment variables do
		return new SpringApplicationBuilder(PhoiHopApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
				"--app.demo-data=auto", "--app.admin.username=chihuy.tram", "--app.admin.password=" + adminPassword,
				"--app.security.encryption-key=" + encryptionKey, "--server.port=0", "--spring.main.banner-mode=off");
	}

	@Test
	void loadsNoDemoDataAndCreatesTheFirstAdminFromTheEnvironment() {
		String url = freshDatabase("phoihop_prod_check");
		try (ConfigurableApplicationContext app = start(url, "Mat-khau-rat-dai-2026")) {
			assertThat(RunMode.of(app.getEnvironment())).isEqualTo(RunMode.PRODUCTION);
			// the benchmark's and the tests' counters are on this class path, but production uses none of them: its
			// connections come straight from the pool, not through a counting proxy (docs/architecture.md)
			assertThat(app.getBean(DataSource.class)).isExactlyInstanceOf(HikariDataSource.class);
			assertThat(app.getBeansOfType(Filter.class).values())
				.noneMatch(filter -> filter.getClass().getPackageName().equals("vn.phoihop.bench"));
			assertThat(app.getEnvironment().getProperty("spring.jpa.properties.hibernate.query.sqm.translator")).isNull();
			JdbcTemplate prod = app.getBean(JdbcTemplate.class);
			List<String> users = prod.queryForList("select username || ':' || role from app_user", String.class);
			assertThat(users).containsExactly("chihuy.tram:ADMIN");
			assertThat(prod.queryForObject("select count(*) from province", Integer.class)).isZero();
			assertThat(prod.queryForObject("select count(*) from app_user where username in ('admin','xa.danhoa')",
					Integer.class)).isZero();
		}
		// a second start finds the admin and creates nothing more
		try (ConfigurableApplicationContext app = start(url, "Mat-khau-rat-dai-2026")) {
			assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from app_user", Integer.class))
				.isEqualTo(1);
		}
	}

	@Test
	void refusesToStartWithAShortAdminPassword() {
		String url = freshDatabase("phoihop_prod_short");
		assertThatThrownBy(() -> start(url, "ngan-qua").close()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("APP_ADMIN_PASSWORD is too short")
			.hasMessageContaining("12");
	}

	@Test
	void refusesToStartWithoutAnEncryptionKeyForTheSecondFactorSecrets() {
		String url = freshDatabase("phoihop_prod_nokey");
		// no key, or one that is not 32 bytes in base64: the secrets of two-step sign-in could not be kept encrypted
		assertThatThrownBy(() -> start(url, "Mat-khau-rat-dai-2026", "").close())
			.hasRootCauseInstanceOf(IllegalStateException.class)
			.rootCause().hasMessageContaining("APP_SECURITY_ENCRYPTION_KEY is not set");
		assertThatThrownBy(() -> start(url, "Mat-khau-rat-dai-2026", "bmdhbi1xdWE=").close())
			.hasRootCauseInstanceOf(IllegalStateException.class)
			.rootCause().hasMessageContaining("32 bytes");
	}

}
