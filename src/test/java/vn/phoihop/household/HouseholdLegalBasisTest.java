package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.phoihop.household.HouseholdPagesTest.html;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** Each household states its legal basis (issue 22 §3): a public task by default, or a consent with date and manner. */
@IntegrationTest
class HouseholdLegalBasisTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HouseholdFixtures fixtures;

	@Test
	void everyRecordWrittenWithoutOneIsAPublicTask() {
		// the demo data and imports write no basis: V058's default
		long id = fixtures.household("TRONGHOA", "Hồ Văn Công " + HouseholdFixtures.token(), 2);
		assertThat(jdbc.queryForObject("select legal_basis from household where id = ?", String.class, id))
			.isEqualTo("PUBLIC_TASK");
		assertThat(html(mvc.get().uri("/households/" + id).with(users.as("xa.danhoa")).exchange()))
			.contains("Nhiệm vụ công của đồn và xã theo quy định của pháp luật");
	}

	private MockHttpServletRequestBuilder edit(long id) {
		long village = jdbc.queryForObject("select village_id from household where id = ?", Long.class, id);
		String name = jdbc.queryForObject("select head_name from household where id = ?", String.class, id);
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/households/" + id)
			.with(users.as("xa.danhoa"))
			.with(csrf())
			.param("version", "0")
			.param("villageId", String.valueOf(village))
			.param("headName", name)
			.param("members", "2")
			.param("ethnicity", "KINH")
			.param("povertyStatus", "NOT_POOR")
			.param("legalBasis", "CONSENT");
	}

	@Test
	void aConsentNeedsItsDayNotInTheFutureAndItsMannerEachSaidNextToItsField() {
		long id = fixtures.household("TRONGHOA", "Hồ Thị Đồng " + HouseholdFixtures.token(), 2);
		String page = html(mvc.perform(edit(id)));
		assertThat(page).contains("Vui lòng nhập ngày hộ đồng ý (dd/mm/yyyy).", "Vui lòng chọn hình thức đồng ý.",
				"id=\"consentDate-error\"", "id=\"consentManner-error\"");
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
		page = html(mvc.perform(edit(id).param("consentDate", tomorrow).param("consentManner", "ORAL")));
		assertThat(page).contains("Ngày đồng ý không được sau hôm nay.")
			.contains("<option value=\"ORAL\" selected=\"selected\">");
		// a date that is no date: its message, with what was typed kept
		page = html(mvc.perform(edit(id).param("consentDate", "31/02/20x").param("consentManner", "WRITTEN")));
		assertThat(page).contains("value=\"31/02/20x\"", "id=\"consentDate-error\"");
		assertThat(jdbc.queryForObject("select legal_basis from household where id = ?", String.class, id))
			.isEqualTo("PUBLIC_TASK");
	}

	@Test
	void aConsentIsSavedAuditedAndShown() {
		long id = fixtures.household("TRONGHOA", "Hồ Văn Thuận " + HouseholdFixtures.token(), 2);
		assertThat(mvc.perform(edit(id).param("consentDate", "15/03/2026").param("consentManner", "WRITTEN")))
			.hasStatus3xxRedirection();
		var row = jdbc.queryForMap("select legal_basis, consent_date, consent_manner from household where id = ?", id);
		assertThat(row).containsEntry("legal_basis", "CONSENT").containsEntry("consent_manner", "WRITTEN");
		assertThat(row.get("consent_date").toString()).isEqualTo("2026-03-15");
		assertThat(html(mvc.get().uri("/households/" + id).with(users.as("xa.danhoa")).exchange()))
			.contains("Sự đồng ý của hộ", "đồng ý ngày 15/03/2026, Bằng văn bản");
		assertThat(jdbc.queryForObject("""
				select after_data::text from audit_event where entity_type = 'Household' and entity_id = ? and action = 'UPDATE'
				 order by id desc limit 1""", String.class, id)).contains("\"legalBasis\"", "CONSENT", "2026-03-15");
	}

}
