package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.phoihop.household.HouseholdPagesTest.html;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * Sensitive data shown only where needed (issue 22 §1, docs/privacy.md §2): ethnicity to the household's commune
 * officials and the commander, the phone to those who work with the household; lists and exports masked by default;
 * an unmasked export asks for its purpose, recorded in the access log.
 */
@IntegrationTest
class HouseholdSensitiveDataTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HouseholdFixtures fixtures;

	/** A Trọng Hóa household of the Chứt people with a local group and a phone. */
	long chut(String name) {
		long id = fixtures.household("TRONGHOA", name, 3);
		jdbc.update("update household set ethnicity = 'CHUT', local_group = 'Rục', phone = '0912 000 111' where id = ?",
				id);
		return id;
	}

	@Test
	void theDetailPageShowsEthnicityToTheCommuneAndTheCommanderOnlyAndThePhoneToAllButTheAdministrator() {
		long id = chut("Hồ Văn Nhạy " + HouseholdFixtures.token());
		for (String user : List.of("xa.danhoa", "chihuy.ramai")) {
			assertThat(html(mvc.get().uri("/households/" + id).with(users.as(user)).exchange())).as(user)
				.contains("Chứt", "(Rục)", "0912 000 111");
		}
		String cadre = html(mvc.get().uri("/households/" + id).with(users.as("canbo.ramai")).exchange());
		assertThat(cadre).doesNotContain("Chứt").doesNotContain("Rục").contains("0912 000 111", "Dữ liệu nhạy cảm");
		String admin = html(mvc.get().uri("/households/" + id).with(users.as("admin")).exchange());
		assertThat(admin).doesNotContain("Chứt").doesNotContain("Rục").doesNotContain("0912 000 111")
			.contains("Dữ liệu nhạy cảm");
	}

	@Test
	void theListMasksEthnicityUntilAnOfficialAsksAndNeverShowsItOrFiltersByItForACadre() {
		String name = "Hồ Thị Danh " + HouseholdFixtures.token();
		long id = chut(name);
		String masked = html(mvc.get().uri("/households").param("q", name).with(users.as("xa.danhoa")).exchange());
		assertThat(masked.substring(masked.indexOf("<tbody>"))).doesNotContain("Chứt").contains("class=\"masked");
		String shown = html(mvc.get().uri("/households").param("q", name).param("sensitive", "true")
			.with(users.as("xa.danhoa")).exchange());
		assertThat(shown.substring(shown.indexOf("<tbody>"))).contains(">Chứt<");
		// the view with ethnicity is recorded, with the household it showed
		assertThat(jdbc.queryForObject("""
				select count(*) from privacy_access_log where username = 'xa.danhoa' and kind = 'LIST' and unmasked
				   and household_ids @> array[?]::bigint[]""", Long.class, id)).isEqualTo(1);

		String cadre = html(mvc.get().uri("/households").param("q", name).param("sensitive", "true")
			.with(users.as("canbo.ramai")).exchange());
		assertThat(cadre.substring(cadre.indexOf("<tbody>"))).doesNotContain("Chứt").contains("class=\"masked");
		assertThat(cadre).doesNotContain("id=\"ethnicity\"").doesNotContain("id=\"sensitive-toggle\"");
		// a filter by ethnicity would tell it: a cadre's is ignored (the household is still listed as KINH-or-not)
		assertThat(html(mvc.get().uri("/households").param("q", name).param("ethnicity", "KINH")
			.with(users.as("canbo.ramai")).exchange())).contains(">" + name + "</a>");
		assertThat(html(mvc.get().uri("/households").param("q", name).param("ethnicity", "KINH")
			.with(users.as("xa.danhoa")).exchange())).doesNotContain(">" + name + "</a>");
	}

	@Test
	void exportsAreMaskedByDefault() {
		String name = "Hồ Văn Xuất " + HouseholdFixtures.token();
		long id = chut(name);
		for (var request : List.of(mvc.get().uri("/households/export").param("q", name),
				mvc.get().uri("/households/" + id + "/export"))) {
			assertThat(request.with(users.as("xa.danhoa"))).hasStatusOk()
				.bodyText()
				.contains(name, "•••")
				.doesNotContain("Chứt")
				.doesNotContain("Rục")
				.doesNotContain("0912 000 111");
		}
		assertThat(jdbc.queryForObject("""
				select count(*) from privacy_access_log where username = 'xa.danhoa' and kind = 'EXPORT'
				   and not unmasked and purpose is null and household_ids @> array[?]::bigint[]""", Long.class, id))
			.isEqualTo(2);
	}

	@Test
	void anUnmaskedExportAsksForItsPurposeInVietnameseAndRecordsIt() {
		String name = "Hồ Thị Mục " + HouseholdFixtures.token();
		long id = chut(name);
		assertThat(mvc.get().uri("/households/export/full").param("q", name).with(users.as("xa.danhoa")))
			.hasStatusOk()
			.bodyText()
			.contains("Mục đích xuất dữ liệu");
		// no purpose: the form again, its message next to the field, nothing exported or recorded
		assertThat(html(mvc.post().uri("/households/export/full").param("q", name).param("purpose", "   ")
			.with(users.as("xa.danhoa")).with(csrf()).exchange()))
			.contains("Vui lòng ghi mục đích xuất dữ liệu đầy đủ.", "id=\"purpose-error\"")
			.doesNotContain("Chứt");
		assertThat(html(mvc.post().uri("/households/export/full").param("q", name).param("purpose", "x".repeat(501))
			.with(users.as("xa.danhoa")).with(csrf()).exchange())).contains("x".repeat(501), "purpose-error");
		assertThat(jdbc.queryForObject("select count(*) from privacy_access_log where household_ids @> array[?]::bigint[]",
				Long.class, id)).isZero();

		assertThat(mvc.post().uri("/households/export/full").param("q", name)
			.param("purpose", "Danh sách hỗ trợ Tết").with(users.as("xa.danhoa")).with(csrf())).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.bodyText()
			.contains(name, "Chứt", "Rục", "0912 000 111");
		Map<String, Object> row = jdbc.queryForMap("""
				select kind, unmasked, purpose, user_role, record_count, commune_id from privacy_access_log
				 where household_ids @> array[?]::bigint[] order by id desc limit 1""", id);
		assertThat(row).containsEntry("kind", "EXPORT").containsEntry("unmasked", true)
			.containsEntry("purpose", "Danh sách hỗ trợ Tết").containsEntry("user_role", "COMMUNE_OFFICIAL")
			.containsEntry("record_count", 1).containsEntry("commune_id", fixtures.communeId("TRONGHOA"));

		// a cadre's full export holds the phone, never the ethnicity
		assertThat(mvc.post().uri("/households/export/full").param("household", String.valueOf(id))
			.param("purpose", "Gọi hộ trước khi thăm").with(users.as("canbo.ramai")).with(csrf())).hasStatusOk()
			.bodyText()
			.contains(name, "0912 000 111")
			.doesNotContain("Chứt");
	}

	@Test
	void theAdministratorHasNoUnmaskedExportAndAnOfficialCannotReachAnotherCommunesHouseholdThroughIt() {
		long tuyenLam = fixtures.household("THANHHOA", "Đinh Văn Khác " + HouseholdFixtures.token(), 2);
		assertThat(mvc.get().uri("/households/export/full").with(users.as("admin"))).hasStatus(403);
		assertThat(mvc.post().uri("/households/export/full").param("purpose", "x").with(users.as("admin")).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.get().uri("/households/export/full").param("household", String.valueOf(tuyenLam))
			.with(users.as("xa.danhoa"))).hasStatus(404);
		assertThat(mvc.post().uri("/households/export/full").param("household", String.valueOf(tuyenLam))
			.param("purpose", "Tò mò").with(users.as("xa.danhoa")).with(csrf())).hasStatus(404);
		assertThat(jdbc.queryForObject("select count(*) from privacy_access_log where household_ids @> array[?]::bigint[]",
				Long.class, tuyenLam)).isZero();
	}

}
