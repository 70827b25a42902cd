package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * A post's user's function in the post's Party committee, set by the administrator on the account's form: kept and
 * audited; refused, next to the field and with what was typed kept, for a role without a post.
 */
@IntegrationTest
class PartyFunctionTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	private long id(String username) {
		return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	@Test
	void theFormShowsTheFunctionAndTheAdministratorSetsIt() {
		String page = Pages.text(mvc.get().uri("/admin/users/" + id("chihuy.ramai")).with(users.as("admin")).exchange(),
				200);
		assertThat(page).contains("Chức vụ trong Đảng ủy đồn")
			.contains("<option value=\"DEPUTY_SECRETARY\" selected=\"selected\">Phó Bí thư</option>")
			.contains("<option value=\"\">Không có chức vụ</option>");

		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		assertThat(mvc.post().uri("/admin/users").with(users.as("admin")).with(csrf()).param("username", "dangvien.test")
			.param("fullName", "Nguyễn Thị Đảng Viên").param("role", "POST_CADRE").param("postId", String.valueOf(post))
			.param("partyFunction", "STANDING_MEMBER").param("password", "Mat-khau-2026-dai")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select party_function from app_user where username = 'dangvien.test'",
				String.class)).isEqualTo("STANDING_MEMBER");
		long user = id("dangvien.test");
		int version = jdbc.queryForObject("select version from app_user where id = ?", Integer.class, user);
		assertThat(mvc.post().uri("/admin/users").with(users.as("admin")).with(csrf()).param("id", String.valueOf(user))
			.param("version", String.valueOf(version)).param("username", "dangvien.test")
			.param("fullName", "Nguyễn Thị Đảng Viên").param("role", "POST_CADRE").param("postId", String.valueOf(post))
			.param("partyFunction", "")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select party_function from app_user where id = ?", String.class, user)).isNull();
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where entity_type = 'AppUser' and entity_id = ?
				  and before_data ->> 'partyFunction' is distinct from after_data ->> 'partyFunction'""", Integer.class,
				user)).as("given, then taken away: both audited").isEqualTo(2);
	}

	@Test
	void aRoleWithoutAPostHoldsNoFunction() {
		long commune = jdbc.queryForObject("select id from commune where code = 'TUYENLAM'", Long.class);
		String answer = Pages.text(mvc.post().uri("/admin/users").with(users.as("admin")).with(csrf())
			.param("username", "xa.bithu.test").param("fullName", "Lò Văn Xã").param("role", "COMMUNE_OFFICIAL")
			.param("communeId", String.valueOf(commune)).param("partyFunction", "SECRETARY")
			.param("password", "Mat-khau-2026-dai").exchange(), 200);
		assertThat(answer).contains("id=\"partyFunction-error\"")
			.contains("Chỉ tài khoản của một đồn Biên phòng (chỉ huy, cán bộ đồn) có chức vụ trong Đảng ủy đồn.")
			.contains("value=\"Lò Văn Xã\"")
			.contains("<option value=\"SECRETARY\" selected=\"selected\">Bí thư</option>");
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'xa.bithu.test'", Integer.class))
			.isZero();
	}

}
