package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** Groups, models, cadres, the village page and the totals page. */
@IntegrationTest
class HouseholdCommunityTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HouseholdFixtures fixtures;

	private static String html(MvcTestResult r) {
		return HouseholdPagesTest.html(r);
	}

	@Test
	void theGroupsPageShowsTheTotalsOfTheDatabase() {
		// the demo figures (19 / 455; 9 / 149 / 480) are checked in HouseholdDemoDataTest; other tests add groups
		var security = jdbc.queryForMap(
				"select count(*) as n, sum(member_count) as m from self_managed_group where type = 'SECURITY_ORDER'");
		assertThat(html(mvc.get().uri("/groups").param("type", "SECURITY_ORDER").with(users.as("chihuy.ramai")).exchange()))
			.contains("Tổng cộng: " + security.get("n") + " tổ, " + security.get("m") + " thành viên");
		var marker = jdbc.queryForMap("""
				select count(distinct g.id) as n, count(distinct gh.household_id) as h, sum(h.members) as p
				from self_managed_group g join self_managed_group_household gh on gh.group_id = g.id
				join household h on h.id = gh.household_id where g.type = 'BORDER_MARKER'""");
		assertThat(html(mvc.get().uri("/groups").param("type", "BORDER_MARKER").with(users.as("chihuy.ramai")).exchange()))
			.contains("Tổng cộng: " + marker.get("n") + " tổ, " + marker.get("p") + " thành viên, " + marker.get("h")
					+ " hộ thành viên / " + marker.get("p") + " nhân khẩu");
		assertThat(mvc.get().uri("/groups").with(users.as("tinh.quangtri"))).hasStatus(403);
	}

	@Test
	void theGroupFormValidatesInVietnameseKeepsInputAndSavesNothing() {
		long before = jdbc.queryForObject("select count(*) from self_managed_group", Long.class);
		String name = "Tổ thử " + HouseholdFixtures.token();
		assertThat(html(mvc.post()
			.uri("/groups")
			.with(users.as("xa.danhoa"))
			.with(csrf())
			.param("type", "SECURITY_ORDER")
			.param("name", name)
			.param("memberCount", "-3")
			.exchange())).contains("Có lỗi cần sửa trước khi lưu")
			.contains("Vui lòng chọn hoặc nhập thông tin này.")
			.contains("Giá trị phải lớn hơn hoặc bằng 0.")
			.contains("value=\"" + name + "\"");
		assertThat(jdbc.queryForObject("select count(*) from self_managed_group", Long.class)).isEqualTo(before);
	}

	@Test
	void aCommuneOfficialCreatesAGroupWithMemberHouseholdsOfOneVillage() {
		long village = fixtures.villageId("TRONGHOA", "Bản Lòm");
		List<Long> members = jdbc.queryForList(
				"select id from household where village_id = ? and archived = false order by id limit 3", Long.class,
				village);
		String name = "Tổ ANTT thử " + HouseholdFixtures.token();
		var req = mvc.post()
			.uri("/groups")
			.with(users.as("xa.danhoa"))
			.with(csrf())
			.param("type", "SECURITY_ORDER")
			.param("name", name)
			.param("villageId", String.valueOf(village))
			.param("establishedOn", "2026-01-15")
			.param("leaderName", "Hồ Văn Tổ")
			.param("memberCount", "12");
		for (Long id : members) {
			req = req.param("householdIds", String.valueOf(id));
		}
		assertThat(req).hasStatus3xxRedirection();
		Long id = jdbc.queryForObject("select id from self_managed_group where name = ?", Long.class, name);
		assertThat(jdbc.queryForObject("select count(*) from self_managed_group_household where group_id = ?",
				Integer.class, id)).isEqualTo(3);
		assertThat(jdbc.queryForObject("select c.code from self_managed_group g join commune c on c.id = g.commune_id where g.id = ?",
				String.class, id)).isEqualTo("DANHOA2025");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'SelfManagedGroup' and entity_id = ?",
				Integer.class, id)).isEqualTo(1);
		// a Tuyên Lâm household cannot be slipped in
		long outside = fixtures.household("THANHHOA", "Hộ Ngoài " + HouseholdFixtures.token(), 2);
		assertThat(html(mvc.post()
			.uri("/groups")
			.with(users.as("xa.danhoa"))
			.with(csrf())
			.param("type", "SECURITY_ORDER")
			.param("name", name + " 2")
			.param("villageId", String.valueOf(village))
			.param("memberCount", "2")
			.param("householdIds", String.valueOf(outside))
			.exchange())).contains("Chỉ chọn các hộ trong thôn, bản, xã của bạn.");
		// Tuyên Lâm's groups are not reachable from Dân Hóa
		Long tuyenLamGroup = jdbc.queryForObject(
				"select min(g.id) from self_managed_group g join commune c on c.id = g.commune_id where c.code = 'THANHHOA'",
				Long.class);
		assertThat(mvc.get().uri("/groups/" + tuyenLamGroup).with(users.as("xa.danhoa"))).hasStatus(404);
		assertThat(mvc.get().uri("/groups/" + tuyenLamGroup).with(users.as("xa.tuyenlam"))).hasStatusOk();
	}

	@Test
	void modelsListTheArticlesThreeAndShowParticipantsPovertyOverTime() {
		assertThat(html(mvc.get().uri("/models").with(users.as("chihuy.ramai")).exchange()))
			.contains("Mô hình trồng mít Thái")
			.contains("Mô hình trồng cam Khe Mây")
			.contains("Mô hình nuôi dê lấy thịt");
		Long jackfruit = jdbc.queryForObject("select id from economic_model where name = 'Mô hình trồng mít Thái'",
				Long.class);
		assertThat(html(mvc.get().uri("/models/" + jackfruit).with(users.as("xa.danhoa")).exchange())).contains("2017")
			.contains("Hộ nghèo");
		Long orange = jdbc.queryForObject("select id from economic_model where name = 'Mô hình trồng cam Khe Mây'",
				Long.class);
		assertThat(mvc.get().uri("/models/" + orange).with(users.as("xa.danhoa"))).hasStatus(404);
	}

	@Test
	void theModelFormValidatesAndSaves() {
		long before = jdbc.queryForObject("select count(*) from economic_model", Long.class);
		assertThat(html(mvc.post().uri("/models").with(users.as("xa.danhoa")).with(csrf())
			.param("description", "Giữ mô tả này")
			.exchange())).contains("Vui lòng nhập thông tin này.")
			.contains("Giữ mô tả này");
		assertThat(jdbc.queryForObject("select count(*) from economic_model", Long.class)).isEqualTo(before);
		long hh = fixtures.household("TRONGHOA", "Hộ Mô Hình " + HouseholdFixtures.token(), 4);
		String name = "Mô hình nuôi ong " + HouseholdFixtures.token();
		assertThat(mvc.post().uri("/models").with(users.as("xa.danhoa")).with(csrf())
			.param("name", name)
			.param("startedOn", "2026-02-01")
			.param("householdIds", String.valueOf(hh))).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select count(*) from economic_model_household mh join economic_model m "
				+ "on m.id = mh.model_id where m.name = ?", Integer.class, name)).isEqualTo(1);
	}

	@Test
	void theCommanderManagesCadresAndAssignmentsAndTheVillagePageShowsWhoIsInCharge() {
		long before = jdbc.queryForObject("select count(*) from cadre", Long.class);
		assertThat(html(mvc.post().uri("/cadres").with(users.as("chihuy.ramai")).with(csrf())
			.param("rank", "Thiếu úy")
			.exchange())).contains("Vui lòng nhập thông tin này.")
			.contains("value=\"Thiếu úy\"");
		assertThat(jdbc.queryForObject("select count(*) from cadre", Long.class)).isEqualTo(before);
		String name = "Nguyễn Văn Cán " + HouseholdFixtures.token();
		assertThat(mvc.post().uri("/cadres").with(users.as("chihuy.ramai")).with(csrf())
			.param("name", name)
			.param("rank", "Thiếu úy")
			.param("position", "Cán bộ địa bàn")
			.param("partyMember", "true")).hasStatus3xxRedirection();
		Long cadre = jdbc.queryForObject("select id from cadre where name = ?", Long.class, name);
		long village = fixtures.villageId("TRONGHOA", "Bản Sy");
		assertThat(mvc.post().uri("/cadres/" + cadre + "/assignments").with(users.as("chihuy.ramai")).with(csrf())
			.param("villageId", String.valueOf(village))
			.param("validFrom", "2026-01-01")).hasStatus3xxRedirection();
		assertThat(html(mvc.post().uri("/cadres/" + cadre + "/assignments").with(users.as("chihuy.ramai")).with(csrf())
			.param("validFrom", "2026-01-01")
			.exchange())).contains("Chọn một thôn, bản hoặc nhập mã một hộ");
		assertThat(html(mvc.get().uri("/villages/" + village).with(users.as("xa.danhoa")).exchange())).contains(name)
			.contains("Bản Sy");
		assertThat(mvc.post().uri("/cadres").with(users.as("xa.danhoa")).with(csrf()).param("name", "X"))
			.hasStatus(403);
		assertThat(mvc.get().uri("/cadres").with(users.as("xa.danhoa"))).hasStatusOk();
		long tuyenLamVillage = fixtures.villageId("THANHHOA", "Thôn Tân Sơn");
		assertThat(mvc.get().uri("/villages/" + tuyenLamVillage).with(users.as("xa.danhoa"))).hasStatus(404);
		assertThat(mvc.get().uri("/villages/" + village).with(users.as("tinh.quangtri"))).hasStatus(403);
	}

	@Test
	void theViewerSeesTotalsPerPostCommuneAndVillageButNoNames() {
		String head = jdbc.queryForObject("select head_name from household where created_by = 'demo' order by id limit 1",
				String.class);
		var expected = jdbc.queryForMap("""
				select count(*) as n, sum(h.members) as p from household h
				where h.archived = false and h.commune_id in (select id from commune where code in
				  ('TRONGHOA', 'DANHOA', 'THANHHOA', 'LAMHOA', 'DANHOA2025', 'TUYENLAM'))""");
		String page = html(mvc.get().uri("/households/summary").with(users.as("tinh.quangtri")).exchange());
		assertThat(page).contains("Đồn Biên phòng Ra Mai")
			.contains("Trọng Hóa")
			.contains("Bản Ra Mai")
			.contains(String.format("%,d", ((Number) expected.get("n")).longValue()).replace(',', '.'))
			.contains(String.format("%,d", ((Number) expected.get("p")).longValue()).replace(',', '.'))
			.doesNotContain(head);
		assertThat(mvc.get().uri("/households/summary").with(users.as("xa.danhoa"))).hasStatusOk();
	}

}
