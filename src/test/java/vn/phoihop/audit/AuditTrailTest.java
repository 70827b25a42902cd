package vn.phoihop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

@IntegrationTest
class AuditTrailTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void anEditLeavesAnAuditRowWithBeforeAndAfterAndTheListShowsIt() {
		jdbc.update("insert into province (code, name) values ('AUD1', 'Tỉnh Nhật Ký')");
		long id = jdbc.queryForObject("select id from province where code = 'AUD1'", Long.class);
		assertThat(mvc.post().uri("/admin/provinces").with(users.as("admin")).with(csrf())
			.param("id", String.valueOf(id)).param("version", "0")
			.param("code", "AUD1").param("name", "Tỉnh Đã Sửa"))
			.hasStatus3xxRedirection();
		var row = jdbc.queryForMap("select username, action, before_data::text b, after_data::text a from audit_event "
				+ "where entity_type = 'Province' and entity_id = ? order by id desc limit 1", id);
		assertThat(row.get("username")).isEqualTo("admin");
		assertThat(row.get("action")).isEqualTo("UPDATE");
		assertThat((String) row.get("b")).contains("Tỉnh Nhật Ký");
		assertThat((String) row.get("a")).contains("Tỉnh Đã Sửa");

		assertThat(mvc.get().uri("/audit?entityType=Province&entityId=" + id).with(users.as("admin"))).hasStatusOk()
			.bodyText().contains("Tỉnh Nhật Ký").contains("Tỉnh Đã Sửa").contains("Cập nhật");
	}

	@Test
	void aStaleEditIsRefusedWithTheMessageTheInputKeptAndNothingOverwritten() {
		jdbc.update("insert into province (code, name) values ('AUD2', 'Tỉnh Gốc')");
		long id = jdbc.queryForObject("select id from province where code = 'AUD2'", Long.class);
		// someone else saves first (version 0 -> 1)
		assertThat(mvc.post().uri("/admin/provinces").with(users.as("admin")).with(csrf())
			.param("id", String.valueOf(id)).param("version", "0").param("code", "AUD2").param("name", "Bản của người khác"))
			.hasStatus3xxRedirection();
		int auditRows = jdbc.queryForObject("select count(*) from audit_event where entity_type='Province' and entity_id=?",
				Integer.class, id);
		// then this user saves the form opened at version 0
		assertThat(Pages.text(mvc.post().uri("/admin/provinces").with(users.as("admin")).with(csrf())
			.param("id", String.valueOf(id)).param("version", "0").param("code", "AUD2").param("name", "Bản của tôi")
			.exchange(), 200))
			.contains("vừa được người khác thay đổi")
			.contains("value=\"Bản của tôi\"");
		assertThat(jdbc.queryForObject("select name from province where id = ?", String.class, id))
			.isEqualTo("Bản của người khác");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type='Province' and entity_id=?",
				Integer.class, id)).isEqualTo(auditRows);
	}

	@Test
	void userAdministrationIsAudited() {
		long qt = jdbc.queryForObject("select id from province where code='QUANGTRI'", Long.class);
		assertThat(mvc.post().uri("/admin/users").with(users.as("admin")).with(csrf())
			.param("username", "nguoi.moi").param("fullName", "Người Mới").param("role", "VIEWER")
			.param("provinceId", String.valueOf(qt)).param("password", "Mat-khau-dai"))
			.hasStatus3xxRedirection();
		var after = jdbc.queryForObject("select after_data::text from audit_event where entity_type='AppUser' "
				+ "and action='CREATE' order by id desc limit 1", String.class);
		assertThat(after).contains("nguoi.moi").doesNotContain("Mat-khau-dai").doesNotContain("bcrypt");
	}

	@Test
	void aUserWithoutTheScopeTheRoleNeedsIsRefused() {
		assertThat(Pages.text(mvc.post().uri("/admin/users").with(users.as("admin")).with(csrf())
			.param("username", "thieu.pham.vi").param("fullName", "Thiếu Phạm Vi").param("role", "COMMUNE_OFFICIAL")
			.param("password", "Mat-khau-dai").exchange(), 200)).contains("Vai trò này cần chọn một xã").contains("value=\"Thiếu Phạm Vi\"");
		assertThat(jdbc.queryForObject("select count(*) from app_user where username='thieu.pham.vi'", Integer.class)).isZero();
	}

}
