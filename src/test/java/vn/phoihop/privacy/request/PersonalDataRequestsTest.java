package vn.phoihop.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.shared.web.DateText;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * Recording and handling a request of a person concerned, through the pages: its deadline, a mistyped date kept with
 * the message next to it, the "see my data" PDF, the one extension, the dashboard's overdue requests, the audit trail;
 * and another commune's official who edits the URL gets a 404 for every read and move.
 */
@IntegrationTest
class PersonalDataRequestsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	/** A Trọng Hóa (now Dân Hóa) household still named, with its head's name. */
	Map<String, Object> household(int offset) {
		return jdbc.queryForMap("""
				select h.id, h.head_name from household h join commune c on c.id = h.commune_id
				where c.code = 'TRONGHOA' and not h.archived and h.anonymised_at is null
				order by h.id desc offset ? limit 1""", offset);
	}

	long record(String user, long householdId, String kind, LocalDate received) {
		MvcTestResult saved = mvc.post().uri("/privacy/requests").with(users.as(user)).with(csrf())
			.param("householdId", String.valueOf(householdId)).param("kind", kind)
			.param("requesterName", "Hồ Văn Khăm").param("receivedOn", DateText.DAY.format(received)).exchange();
		assertThat(saved).hasStatus3xxRedirection();
		String location = saved.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void anOfficialRecordsARequestFindsTheHouseholdAndPrintsItsData() throws Exception {
		Map<String, Object> h = household(0);
		long householdId = ((Number) h.get("id")).longValue();
		String head = (String) h.get("head_name");
		assertThat(mvc.get().uri("/privacy/requests/new?q=" + head).with(users.as("xa.danhoa"))).hasStatusOk()
			.bodyText().contains(head).contains("value=\"" + householdId + "\"");

		// a date that is no date: the Vietnamese message next to the field, what was typed kept
		assertThat(mvc.post().uri("/privacy/requests").with(users.as("xa.danhoa")).with(csrf())
			.param("householdId", String.valueOf(householdId)).param("kind", "ACCESS")
			.param("requesterName", "Hồ Văn Khăm").param("receivedOn", "31/02/2026")).hasStatusOk().bodyText()
			.contains("Ngày không hợp lệ").contains("value=\"31/02/2026\"").contains("Hồ Văn Khăm");

		LocalDate received = LocalDate.now();
		long id = record("xa.danhoa", householdId, "ACCESS", received);
		assertThat(mvc.get().uri("/privacy/requests/" + id).with(users.as("xa.danhoa"))).hasStatusOk().bodyText()
			.contains(DateText.DAY.format(received.plusDays(10))).contains("Xem dữ liệu của mình");

		MvcTestResult pdf = mvc.get().uri("/privacy/requests/" + id + "/data.pdf").with(users.as("chihuy.ramai"))
			.exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains(head).contains("Tình trạng nghèo qua các năm").contains("Hồ Văn Khăm");
		}
		assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'PrivacyRequest' "
				+ "and entity_id = ? order by id", String.class, id)).containsExactly("CREATE", "EXPORT");
		assertThat(jdbc.queryForObject("select commune_id from audit_event where entity_type = 'PrivacyRequest' "
				+ "and entity_id = ? and action = 'CREATE'", Long.class, id)).isNotNull();
	}

	@Test
	void anotherCommunesOfficialCannotReadOrChangeTheRequestByEditingTheUrl() {
		long id = record("xa.danhoa", ((Number) household(1).get("id")).longValue(), "CORRECT", LocalDate.now());
		assertThat(mvc.get().uri("/privacy/requests/" + id).with(users.as("xa.tuyenlam"))).hasStatus(404);
		assertThat(mvc.get().uri("/privacy/requests/" + id + "/data.pdf").with(users.as("xa.tuyenlam")))
			.hasStatus(404);
		for (String move : new String[] { "start", "extend", "answer", "refuse", "anonymise" }) {
			assertThat(mvc.post().uri("/privacy/requests/" + id + "/" + move).with(users.as("xa.tuyenlam"))
				.with(csrf()).param("version", "0").param("days", "5").param("reason", "x").param("answer", "x")
				.param("answeredOn", LocalDate.now().toString()).param("confirm", "true")).as(move).hasStatus(404);
		}
		assertThat(jdbc.queryForObject("select status from privacy_request where id = ?", String.class, id))
			.isEqualTo("RECEIVED");
		assertThat(mvc.get().uri("/privacy/requests?q=Khăm").with(users.as("xa.tuyenlam"))).hasStatusOk()
			.bodyText().doesNotContain("/privacy/requests/" + id + "\"");
		// nor another commune's household on a new request
		long tuyenLamHousehold = jdbc.queryForObject("""
				select min(h.id) from household h join commune c on c.id = h.commune_id where c.code = 'THANHHOA'""",
				Long.class);
		assertThat(mvc.post().uri("/privacy/requests").with(users.as("xa.danhoa")).with(csrf())
			.param("householdId", String.valueOf(tuyenLamHousehold)).param("kind", "ACCESS")
			.param("requesterName", "Ai đó").param("receivedOn", DateText.DAY.format(LocalDate.now())))
			.hasStatusOk().bodyText().contains("Hãy chọn một hộ trong địa bàn của bạn.");
		// the post's cadres and the provincial command see no request
		assertThat(mvc.get().uri("/privacy/requests").with(users.as("canbo.ramai"))).hasStatus(403);
		assertThat(mvc.get().uri("/privacy/requests/" + id).with(users.as("tinh.quangtri"))).hasStatus(403);
	}

	@Test
	void anOverdueRequestShowsOnTheDashboardAndIsExtendedOnceOnly() {
		long id = record("xa.danhoa", ((Number) household(2).get("id")).longValue(), "DELETE",
				LocalDate.now().minusDays(20));
		assertThat(mvc.get().uri("/").with(users.as("chihuy.ramai"))).hasStatusOk().bodyText()
			.contains("id=\"overdue-requests\"").contains("/privacy/requests?overdue=true");
		assertThat(mvc.get().uri("/privacy/requests?overdue=true").with(users.as("xa.danhoa"))).hasStatusOk()
			.bodyText().contains("/privacy/requests/" + id + "\"");

		// more than 15 days: refused next to the field, what was typed kept
		assertThat(mvc.post().uri("/privacy/requests/" + id + "/extend").with(users.as("xa.danhoa")).with(csrf())
			.param("version", "0").param("days", "20").param("reason", "Cần xác minh")).hasStatusOk().bodyText()
			.contains("Số ngày gia hạn từ 1 đến 15.").contains("value=\"20\"").contains("Cần xác minh");
		assertThat(mvc.post().uri("/privacy/requests/" + id + "/extend").with(users.as("xa.danhoa")).with(csrf())
			.param("version", "0").param("days", "10").param("reason", "Cần xác minh với thôn"))
			.hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/privacy/requests/" + id + "/extend").with(users.as("xa.danhoa")).with(csrf())
			.param("version", "1").param("days", "5").param("reason", "Lần nữa")).hasStatusOk().bodyText()
			.contains("Yêu cầu chỉ được gia hạn một lần.");
		assertThat(jdbc.queryForObject("select due_on from privacy_request where id = ?", LocalDate.class, id))
			.isEqualTo(LocalDate.now().minusDays(20).plusDays(25));
		// refused with its reason: closed, no longer overdue anywhere
		assertThat(mvc.post().uri("/privacy/requests/" + id + "/refuse").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", "1").param("answer", "Dữ liệu cần cho nhiệm vụ công")
			.param("answeredOn", LocalDate.now().toString())).hasStatus3xxRedirection();
		assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'PrivacyRequest' "
				+ "and entity_id = ? order by id", String.class, id)).containsExactly("CREATE", "EXTEND", "REFUSE");
		assertThat(mvc.get().uri("/privacy/requests?overdue=true").with(users.as("xa.danhoa"))).hasStatusOk()
			.bodyText().doesNotContain("/privacy/requests/" + id + "\"");
	}

}
