package vn.phoihop.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

@IntegrationTest
class TerritoryAdminTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ScopeService scopes;

	long provinceId(String code) {
		return jdbc.queryForObject("select id from province where code = ?", Long.class, code);
	}

	long communeId(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	@Test
	void aCommuneWithErrorsIsRefusedWithVietnameseMessagesNextToTheFieldsAndTheInputKept() {
		int before = jdbc.queryForObject("select count(*) from commune", Integer.class);
		assertThat(Pages.text(mvc.post().uri("/admin/communes").with(users.as("admin")).with(csrf())
			.param("code", "mã có dấu!")
			.param("name", "")
			.param("formerDistrict", "Huyện Thử Nghiệm").exchange(), 200))
			.contains("Có lỗi cần sửa trước khi lưu")
			.contains("Vui lòng nhập thông tin này.")
			.contains("Chỉ dùng chữ không dấu")
			.contains("Vui lòng chọn hoặc nhập thông tin này.")
			.contains("value=\"mã có dấu!\"")
			.contains("value=\"Huyện Thử Nghiệm\"")
			.contains("href=\"#name\"");
		assertThat(jdbc.queryForObject("select count(*) from commune", Integer.class)).isEqualTo(before);
	}

	@Test
	void aDuplicateCodeIsRefusedNextToTheCodeField() {
		assertThat(Pages.text(mvc.post().uri("/admin/communes").with(users.as("admin")).with(csrf())
			.param("code", "TRONGHOA")
			.param("name", "Trùng mã")
			.param("provinceId", String.valueOf(provinceId("QUANGBINH"))).exchange(), 200))
			.contains("Mã này đã được dùng")
			.contains("value=\"Trùng mã\"");
		assertThat(jdbc.queryForObject("select count(*) from commune where name = 'Trùng mã'", Integer.class)).isZero();
	}

	@Test
	void createsAndEditsACommuneAndAVillage() {
		assertThat(mvc.post().uri("/admin/communes").with(users.as("admin")).with(csrf())
			.param("code", "THU01")
			.param("name", "Xã Thử")
			.param("provinceId", String.valueOf(provinceId("QUANGTRI"))))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/communes");
		long id = communeId("THU01");
		assertThat(mvc.get().uri("/admin/communes?q=xa thu").with(users.as("admin"))).hasStatusOk()
			.bodyText().contains("Xã Thử");
		assertThat(mvc.post().uri("/admin/villages").with(users.as("admin")).with(csrf())
			.param("communeId", String.valueOf(id)).param("name", "Bản Thử"))
			.hasStatus3xxRedirection();
		// same name again in the same commune: refused
		assertThat(mvc.post().uri("/admin/villages").with(users.as("admin")).with(csrf())
			.param("communeId", String.valueOf(id)).param("name", "bản thử"))
			.hasStatusOk().bodyText().contains("Xã này đã có thôn, bản cùng tên");
		assertThat(jdbc.queryForObject("select count(*) from village where commune_id = ?", Integer.class, id)).isEqualTo(1);
	}

	@Test
	void aMergeKeepsTheOldCommunesRecordsAndScopesIncludeThePredecessors() {
		long qt = provinceId("QUANGTRI");
		jdbc.update("insert into commune (code, name, province_id) values ('GOP_A', 'Xã Gộp A', ?), ('GOP_B', 'Xã Gộp B', ?), "
				+ "('GOP_MOI', 'Xã Gộp Mới', ?)", qt, qt, qt);
		jdbc.update("insert into village (commune_id, name) values (?, 'Thôn Một')", communeId("GOP_A"));
		long villageId = jdbc.queryForObject("select id from village where name = 'Thôn Một'", Long.class);

		assertThat(mvc.post().uri("/admin/merges").with(users.as("admin")).with(csrf())
			.param("sourceIds", String.valueOf(communeId("GOP_A")), String.valueOf(communeId("GOP_B")))
			.param("newCommuneId", String.valueOf(communeId("GOP_MOI")))
			.param("effectiveOn", "2025-07-01")
			.param("legalBasis", "Nghị quyết thử"))
			.hasStatus3xxRedirection();

		// nothing rewritten: the village still belongs to its original commune, which now points at the new one
		assertThat(jdbc.queryForObject("select commune_id from village where id = ?", Long.class, villageId))
			.isEqualTo(communeId("GOP_A"));
		assertThat(jdbc.queryForObject("select merged_into_id from commune where code = 'GOP_A'", Long.class))
			.isEqualTo(communeId("GOP_MOI"));
		assertThat(scopes.withPredecessors(List.of(communeId("GOP_MOI"))).communeIds())
			.containsExactlyInAnyOrder(communeId("GOP_A"), communeId("GOP_B"), communeId("GOP_MOI"));

		// a commune cannot be merged twice
		assertThat(mvc.post().uri("/admin/merges").with(users.as("admin")).with(csrf())
			.param("sourceIds", String.valueOf(communeId("GOP_A")))
			.param("newCommuneId", String.valueOf(communeId("DANHOA2025")))
			.param("effectiveOn", "2025-08-01"))
			.hasStatusOk().bodyText().contains("đã được sáp nhập trước đó");
	}

	@Test
	void theDemoOfficialsSeeTheirCommuneAndItsPredecessorsOnly() {
		Scope danHoa = scopes.scopeOf(users.load("xa.danhoa"));
		assertThat(danHoa.includes(communeId("DANHOA2025"))).isTrue();
		assertThat(danHoa.includes(communeId("TRONGHOA"))).isTrue();
		assertThat(danHoa.includes(communeId("DANHOA"))).isTrue();
		assertThat(danHoa.includes(communeId("THANHHOA"))).isFalse();
		assertThat(danHoa.includes(communeId("TUYENLAM"))).isFalse();

		Scope raMai = scopes.scopeOf(users.load("chihuy.ramai"));
		assertThat(raMai.communeIds()).contains(communeId("TRONGHOA"), communeId("THANHHOA"), communeId("DANHOA2025"),
				communeId("TUYENLAM"));

		Scope province = scopes.scopeOf(users.load("tinh.quangtri"));
		assertThat(province.includes(communeId("THANHHOA"))).isTrue();
	}

	@Test
	void thePostCoverageIsShownAndCanBeExtended() {
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		assertThat(mvc.get().uri("/admin/posts/" + post).with(users.as("admin"))).hasStatusOk()
			.bodyText().contains("Trọng Hóa (Minh Hóa)").contains("30/06/2025").contains("01/07/2025");
		assertThat(mvc.post().uri("/admin/posts/" + post + "/coverage").with(users.as("admin")).with(csrf())
			.param("communeId", String.valueOf(communeId("LAMHOA")))
			.param("validFrom", "2020-01-01")
			.param("validTo", "2019-01-01"))
			.hasStatusOk().bodyText().contains("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu");
		assertThat(jdbc.queryForObject("select count(*) from post_coverage where post_id = ? and commune_id = ?",
				Integer.class, post, communeId("LAMHOA"))).isZero();
	}

}
