package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * A household's members (issue 24 §4): listed on the form (rows added and removed without JavaScript, what was typed
 * kept on a refusal), the member count following the list where there is one and the recorded figure otherwise,
 * shown on the household's page (a child's year of birth and school level masked for who does not see the sensitive
 * fields), in the household's scope and audit trail, in the import.
 */
@IntegrationTest
class HouseholdMembersTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HouseholdFixtures fixtures;

	private long village() {
		return fixtures.villageId("TRONGHOA", "Bản Ra Mai");
	}

	/** A household form as a browser sends it, with member rows {name, year, sex, relation, school}. */
	private MockHttpServletRequestBuilder form(String uri, String head, Integer version, String members,
			List<String[]> rows) {
		MockHttpServletRequestBuilder r = MockMvcRequestBuilders.post(uri)
			.with(users.as("xa.danhoa"))
			.with(csrf())
			.param("villageId", String.valueOf(village()))
			.param("headName", head)
			.param("ethnicity", "CHUT")
			.param("povertyStatus", "POOR")
			.param("members", members == null ? "" : members);
		if (version != null) {
			r.param("version", String.valueOf(version));
		}
		for (int i = 0; i < rows.size(); i++) {
			String[] m = rows.get(i);
			String p = "memberRows[" + i + "].";
			if (m.length > 5) {
				r.param(p + "id", m[5]);
			}
			r.param(p + "fullName", m[0]).param(p + "birthYear", m[1]).param(p + "sex", m[2])
				.param(p + "relation", m[3]).param(p + "schoolLevel", m[4]);
		}
		return r;
	}

	private long idOf(String head) {
		return jdbc.queryForObject("select id from household where head_name = ?", Long.class, head);
	}

	private List<String> names(long id) {
		return jdbc.queryForList("select full_name from household_member where household_id = ? order by position",
				String.class, id);
	}

	private int members(long id) {
		return jdbc.queryForObject("select members from household where id = ?", Integer.class, id);
	}

	@Test
	void theMemberCountFollowsTheListedMembersAndTheChangesAreAudited() {
		String head = "Hồ Văn Liệt " + HouseholdFixtures.token();
		// a count typed (7) is not what is saved when members are listed: their number is
		assertThat(mvc.perform(form("/households", head, null, "7", List.of(
				new String[] { head, "1984", "MALE", "HEAD", "" },
				new String[] { "Hồ Thị Kê", "1987", "FEMALE", "SPOUSE", "" },
				new String[] { "Hồ Văn Học", "2014", "MALE", "CHILD", "PRIMARY" },
				new String[] { "", "", "", "", "" }))))
			.hasStatus3xxRedirection();
		long id = idOf(head);
		assertThat(members(id)).isEqualTo(3);
		assertThat(names(id)).containsExactly(head, "Hồ Thị Kê", "Hồ Văn Học");
		assertThat(jdbc.queryForObject("select school_level from household_member where full_name = 'Hồ Văn Học' "
				+ "and household_id = ?", String.class, id)).isEqualTo("PRIMARY");

		// the child is removed, another added: the count follows, the kept members keep their ids
		List<Long> ids = jdbc.queryForList("select id from household_member where household_id = ? order by position",
				Long.class, id);
		int version = jdbc.queryForObject("select version from household where id = ?", Integer.class, id);
		assertThat(mvc.perform(form("/households/" + id, head, version, "", List.of(
				new String[] { head, "1984", "MALE", "HEAD", "", String.valueOf(ids.get(0)) },
				new String[] { "Hồ Thị Kê", "1987", "FEMALE", "SPOUSE", "", String.valueOf(ids.get(1)) },
				new String[] { "Hồ Thị Nhỏ", "2020", "FEMALE", "CHILD", "PRESCHOOL" },
				new String[] { "Hồ Văn Ông", "1950", "MALE", "PARENT", "" }))))
			.hasStatus3xxRedirection();
		assertThat(members(id)).isEqualTo(4);
		assertThat(names(id)).containsExactly(head, "Hồ Thị Kê", "Hồ Thị Nhỏ", "Hồ Văn Ông");
		assertThat(jdbc.queryForList("select id from household_member where household_id = ? order by position",
				Long.class, id).subList(0, 2)).isEqualTo(ids.subList(0, 2));
		String after = jdbc.queryForObject("""
				select after_data::text from audit_event where entity_type = 'Household' and entity_id = ?
				and action = 'UPDATE' order by id desc limit 1""", String.class, id);
		assertThat(after).contains("memberList").contains("Hồ Văn Ông").doesNotContain("Hồ Văn Học");

		// every member removed: the recorded figure typed is kept again
		version = jdbc.queryForObject("select version from household where id = ?", Integer.class, id);
		assertThat(mvc.perform(form("/households/" + id, head, version, "5", List.of()))).hasStatus3xxRedirection();
		assertThat(members(id)).isEqualTo(5);
		assertThat(names(id)).isEmpty();
	}

	@Test
	void aRecordWithoutAListKeepsItsFigureAndTheArticlesPopulationStaysExact() {
		long id = fixtures.household("TRONGHOA", "Đinh Văn Cũ " + HouseholdFixtures.token(), 6);
		assertThat(HouseholdPagesTest.html(mvc.get().uri("/households/" + id).with(users.as("xa.danhoa")).exchange()))
			.contains("id=\"members-not-listed\"")
			.contains("Chưa liệt kê thành viên; số nhân khẩu đã ghi: 6.");
		jdbc.update("delete from household where id = ?", id);
		// the demo households with listed members list exactly their recorded count
		assertThat(jdbc.queryForObject("""
				select count(*) from household h where exists (select 1 from household_member m where m.household_id = h.id)
				  and h.created_by = 'demo'""", Long.class)).isGreaterThan(300);
		assertThat(jdbc.queryForObject("""
				select count(*) from household h
				where h.created_by = 'demo' and exists (select 1 from household_member m where m.household_id = h.id)
				  and h.members <> (select count(*) from household_member m where m.household_id = h.id)""",
				Long.class)).isZero();
	}

	@Test
	void aBadRowIsShownNextToItsFieldsWithWhatWasTypedAndNothingIsSaved() {
		String head = "Hồ Văn Sai " + HouseholdFixtures.token();
		long before = fixtures.householdCount();
		MvcTestResult result = mvc.perform(form("/households", head, null, "", List.of(
				new String[] { head, "1980", "MALE", "HEAD", "" },
				new String[] { "", "2099", "FEMALE", "", "PRIMARY" })));
		assertThat(result).hasStatusOk();
		String page = HouseholdPagesTest.html(result);
		assertThat(page).contains("id=\"m1-name-error\"").contains("Vui lòng nhập họ và tên thành viên.")
			.contains("id=\"m1-relation-error\"").contains("Vui lòng chọn quan hệ với chủ hộ.")
			.contains("id=\"m1-year-error\"")
			.contains("value=\"2099\"")
			.contains("value=\"" + head + "\"");
		assertThat(fixtures.householdCount()).isEqualTo(before);

		// no list and no count: the count is asked for
		assertThat(HouseholdPagesTest.html(mvc.perform(form("/households", head, null, "", List.of()))))
			.contains("id=\"members-error\"");
		assertThat(fixtures.householdCount()).isEqualTo(before);
	}

	@Test
	void addingAndRemovingRowsWithoutJavaScriptKeepsEverythingTypedAndSavesNothing() {
		String head = "Hồ Văn Thêm " + HouseholdFixtures.token();
		long before = fixtures.householdCount();
		String page = HouseholdPagesTest.html(mvc.perform(form("/households", head, null, "", List.<String[]>of(
				new String[] { "Hồ Thị Một", "1990", "FEMALE", "SPOUSE", "" })).param("addMember", "1")));
		assertThat(page).contains("value=\"Hồ Thị Một\"").contains("id=\"m1-name\"").doesNotContain("id=\"m2-name\"")
			.doesNotContain("is-invalid");
		page = HouseholdPagesTest.html(mvc.perform(form("/households", head, null, "", List.of(
				new String[] { "Hồ Thị Một", "1990", "FEMALE", "SPOUSE", "" },
				new String[] { "Hồ Văn Hai", "2015", "MALE", "CHILD", "PRIMARY" })).param("removeMember", "0")));
		assertThat(page).contains("value=\"Hồ Văn Hai\"").doesNotContain("value=\"Hồ Thị Một\"")
			.doesNotContain("id=\"m1-name\"");
		assertThat(fixtures.householdCount()).isEqualTo(before);
	}

	@Test
	void theMembersArePersonalDataOfTheHouseholdsScope() {
		long id = jdbc.queryForObject("""
				select min(m.household_id) from household_member m join household h on h.id = m.household_id
				join commune c on c.id = h.commune_id where c.code = 'TRONGHOA' and m.school_level = 'PRIMARY'""",
				Long.class);
		String child = jdbc.queryForObject("""
				select full_name from household_member where household_id = ? and school_level = 'PRIMARY'
				order by position limit 1""", String.class, id);
		int year = jdbc.queryForObject("select birth_year from household_member where full_name = ? and household_id = ?",
				Integer.class, child, id);
		// the commune's official sees the child's year and school level
		assertThat(HouseholdPagesTest.html(mvc.get().uri("/households/" + id).with(users.as("xa.danhoa")).exchange()))
			.contains(child).contains("class=\"member-year\">" + year + "<").contains("Tiểu học");
		// a post's cadre reads the names, with the year and the school level masked
		String cadre = HouseholdPagesTest.html(mvc.get().uri("/households/" + id).with(users.as("canbo.ramai")).exchange());
		assertThat(cadre).contains(child).doesNotContain("member-year").doesNotContain("Tiểu học")
			.contains("class=\"masked");
		// another commune's official: not found, by the page or the edit; the provincial command: refused
		assertThat(mvc.get().uri("/households/" + id).with(users.as("xa.tuyenlam"))).hasStatus(404);
		assertThat(mvc.get().uri("/households/" + id + "/edit").with(users.as("xa.tuyenlam"))).hasStatus(404);
		assertThat(mvc.get().uri("/households/" + id).with(users.as("tinh.quangtri"))).hasStatus(403);
		// the opening is in the access log
		assertThat(jdbc.queryForObject("""
				select count(*) from privacy_access_log where username = 'canbo.ramai' and household_ids @> array[?]::bigint[]""",
				Long.class, id)).isPositive();
	}

	@Test
	void anImportListsMembersBelowTheirHouseholdAndChecksTheirCount() throws Exception {
		String t = HouseholdFixtures.token();
		String header = "thon_ban,chu_ho,so_nhan_khau,dan_toc,nhom_dia_phuong,so_dien_thoai,tinh_trang_ngheo,"
				+ "nam_thoat_ngheo,ghi_chu,thanh_vien,nam_sinh,gioi_tinh,quan_he,cap_hoc\n";
		String good = header
				+ "Bản Ra Mai,Hồ Văn Nhập " + t + ",,Chứt,,,POOR,,,Hồ Văn Nhập " + t + ",1980,Nam,Chủ hộ,\n"
				+ ",,,,,,,,,Hồ Thị Vợ " + t + ",1982,Nữ,Vợ/chồng,\n"
				+ ",,,,,,,,,Hồ Văn Con " + t + ",2013,nam,con,THCS\n"
				+ "Bản Ra Mai,Đinh Văn Đếm " + t + ",4,Chứt,,,NOT_POOR,,,,,,,\n";
		MvcTestResult preview = upload(good);
		assertThat(HouseholdPagesTest.html(preview)).contains("Tệp hợp lệ: 2 hộ / 7 nhân khẩu");
		Matcher m = Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"")
			.matcher(preview.getResponse().getContentAsString());
		assertThat(m.find()).isTrue();
		assertThat(mvc.post().uri("/households/import/confirm").param("token", m.group(1)).with(users.as("xa.danhoa"))
			.with(csrf())).hasStatus3xxRedirection();
		long id = idOf("Hồ Văn Nhập " + t);
		assertThat(members(id)).isEqualTo(3);
		assertThat(jdbc.queryForList("select relation || ':' || coalesce(school_level, '') from household_member "
				+ "where household_id = ? order by position", String.class, id))
			.containsExactly("HEAD:", "SPOUSE:", "CHILD:LOWER_SECONDARY");
		assertThat(members(idOf("Đinh Văn Đếm " + t))).isEqualTo(4);
		assertThat(names(idOf("Đinh Văn Đếm " + t))).isEmpty();

		String bad = header
				+ ",,,,,,,,,Hồ Thị Mồ Côi " + t + ",1990,Nữ,Con,\n" // row 2: a member with no household above
				+ "Bản Ra Mai,Hồ Văn Đếm Sai " + t + ",5,Chứt,,,POOR,,,Hồ Văn Đếm Sai " + t + ",1980,Nam,Chủ hộ,\n"
				+ ",,,,,,,,,Hồ Thị Hai " + t + ",1981,Nữ,Vợ,\n" // row 3-4: 2 listed, 5 written
				+ "Bản Ra Mai,Hồ Văn Lạ " + t + ",,Chứt,,,POOR,,,Hồ Văn Lạ " + t + ",1980,Nam,Hàng xóm,\n"; // row 5
		long before = fixtures.householdCount();
		String page = HouseholdPagesTest.html(upload(bad));
		assertThat(page).contains("Dòng thành viên không đứng sau dòng của một hộ.")
			.contains("Số nhân khẩu ghi 5 nhưng liệt kê 2 thành viên.")
			.contains("Quan hệ với chủ hộ \"Hàng xóm\" không hợp lệ")
			.doesNotContain("name=\"token\"");
		assertThat(fixtures.householdCount()).isEqualTo(before);

		// the template shows the layout
		assertThat(mvc.get().uri("/households/import/template.csv").with(users.as("xa.danhoa"))).hasStatusOk()
			.bodyText()
			.contains("thanh_vien,nam_sinh,gioi_tinh,quan_he,cap_hoc")
			.contains("Hồ Văn Học,2014,Nam,Con,Tiểu học");
	}

	private MvcTestResult upload(String csv) {
		return mvc.post()
			.uri("/households/import")
			.multipart()
			.file(new MockMultipartFile("file", "tv.csv", "text/csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)))
			.with(users.as("xa.danhoa"))
			.with(csrf())
			.exchange();
	}

}
