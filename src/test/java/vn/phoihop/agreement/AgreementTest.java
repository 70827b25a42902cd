package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Locale;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

@IntegrationTest
class AgreementTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	private long agreement(String communeCode, int fromYear) {
		return jdbc.queryForObject("select a.id from agreement a join agreement_commune ac on ac.agreement_id = a.id "
				+ "join commune c on c.id = ac.commune_id where c.code = ? and extract(year from a.valid_from) = ?",
				Long.class, communeCode, fromYear);
	}

	private long communeId(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	@Test
	void anOfficialSeesTheAgreementsOfItsCommuneAndPredecessorsOnly() {
		assertThat(mvc.get().uri("/agreements").with(users.as("xa.danhoa"))).hasStatusOk()
			.bodyText()
			.contains("xã Dân Hóa giai đoạn 2026–2030")
			.contains("xã Trọng Hóa giai đoạn 2017–2020")
			.contains("xã Trọng Hóa giai đoạn 2021–2025")
			.doesNotContain("Thanh Hóa giai đoạn")
			.doesNotContain("Tuyên Lâm giai đoạn");
		assertThat(mvc.get().uri("/agreements/" + agreement("THANHHOA", 2021)).with(users.as("xa.danhoa")))
			.hasStatus(404);
		assertThat(mvc.get().uri("/agreements/" + agreement("TUYENLAM", 2026) + "/scan").with(users.as("xa.danhoa")))
			.hasStatus(404);
		assertThat(mvc.get().uri("/agreements/" + agreement("THANHHOA", 2021)).with(users.as("chihuy.ramai")))
			.hasStatusOk();
	}

	@Test
	void theAgreementPageShowsEachTargetAgainstTheActualFigures() {
		long id = agreement("TRONGHOA", 2017);
		long sessions = jdbc.queryForObject("select count(*) from activity where agreement_id = ? and type = 'OUTREACH' "
				+ "and status = 'SUBMITTED'", Long.class, id);
		long attendees = jdbc.queryForObject("select sum(attendee_count) from activity where agreement_id = ? "
				+ "and status = 'SUBMITTED'", Long.class, id);
		assertThat(sessions).isPositive();
		assertThat(mvc.get().uri("/agreements/" + id).with(users.as("xa.danhoa"))).hasStatusOk()
			.bodyText()
			.contains("Số buổi tuyên truyền, vận động nhân dân")
			.contains(String.format(Locale.forLanguageTag("vi"), "%,d", sessions))
			.contains(String.format(Locale.forLanguageTag("vi"), "%,d", attendees))
			.contains("Đã được thay thế")
			.doesNotContain("Đưa vào hiệu lực");
	}

	@Test
	void onlyCommandersAndAdminsEdit() {
		assertThat(mvc.get().uri("/agreements/new").with(users.as("xa.danhoa"))).hasStatus(403);
		assertThat(mvc.get().uri("/agreements/new").with(users.as("canbo.ramai"))).hasStatus(403);
		String number = "T-" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(mvc.post().uri("/agreements").with(users.as("xa.danhoa")).with(csrf()).param("number", number))
			.hasStatus(403);
		assertThat(jdbc.queryForObject("select count(*) from agreement where number = ?", Integer.class, number)).isZero();
		assertThat(mvc.get().uri("/agreements/new").with(users.as("chihuy.ramai"))).hasStatusOk();
	}

	@Test
	void aCommanderCreatesActivatesAndEndsAnAgreementAndEveryStepIsAudited() {
		String number = "T-" + UUID.randomUUID().toString().substring(0, 6);
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		assertThat(mvc.post().uri("/agreements").with(users.as("chihuy.ramai")).with(csrf())
			.param("postId", String.valueOf(post)).param("communeIds", String.valueOf(communeId("DANHOA2025")))
			.param("number", number).param("title", "Quy chế thử " + number).param("validFrom", "2031-01-01")
			.param("validTo", "2030-12-31")).hasStatusOk().bodyText().contains("Ngày kết thúc phải sau");
		assertThat(mvc.post().uri("/agreements").with(users.as("chihuy.ramai")).with(csrf())
			.param("postId", String.valueOf(post)).param("communeIds", String.valueOf(communeId("DANHOA2025")))
			.param("number", number).param("title", "Quy chế thử " + number).param("signedOn", "2030-12-20")
			.param("validFrom", "2031-01-01").param("validTo", "2035-12-31").param("contentAreas", "BORDER_SOVEREIGNTY")
			.param("targets[0].contentArea", "BORDER_SOVEREIGNTY").param("targets[0].indicator", "Số đợt tuần tra")
			.param("targets[0].metric", "PATROLS").param("targets[0].targetValue", "300").param("targets[0].unit", "đợt")
			.param("targets[0].per", "PERIOD")).hasStatus3xxRedirection();
		long id = jdbc.queryForObject("select id from agreement where number = ?", Long.class, number);
		assertThat(jdbc.queryForObject("select status from agreement where id = ?", String.class, id)).isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("select count(*) from agreement_target where agreement_id = ?", Integer.class, id))
			.isEqualTo(1);
		assertThat(mvc.post().uri("/agreements/" + id + "/status").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", "0").param("action", "activate")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/agreements/" + id + "/status").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", "0").param("action", "end")).flash().containsEntry("error", "edit.stale");
		assertThat(mvc.post().uri("/agreements/" + id + "/status").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", "1").param("action", "activate")).flash()
			.containsEntry("error", "agreement.transition.refused");
		assertThat(mvc.post().uri("/agreements/" + id + "/status").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", "1").param("action", "end")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select status from agreement where id = ?", String.class, id)).isEqualTo("ENDED");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Agreement' and entity_id = ?",
				Integer.class, id)).isEqualTo(3);
	}

	@Test
	void guardedTransitionsOnTheEntity() {
		Agreement a = new Agreement(1L);
		Assertions.assertThatThrownBy(a::end).isInstanceOf(BusinessRuleException.class);
		a.activate();
		Assertions.assertThatThrownBy(a::activate).isInstanceOf(BusinessRuleException.class);
		Assertions.assertThatThrownBy(() -> a.supersede(a)).isInstanceOf(BusinessRuleException.class);
		a.end();
		assertThat(a.getStatus()).isEqualTo(AgreementStatus.ENDED);
	}

	@Test
	void theScanIsCheckedByContentAndSizeAndNothingIsStoredWhenRefused() {
		long id = agreement("DANHOA2025", 2026);
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		assertThat(mvc.post().uri("/agreements/" + id + "/scan").multipart()
			.file(new MockMultipartFile("file", "quy-che.pdf", "application/pdf", exe))
			.with(users.as("chihuy.ramai")).with(csrf())).flash().containsEntry("error", "agreement.file.type");
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);
		assertThat(mvc.post().uri("/agreements/" + id + "/scan").multipart()
			.file(new MockMultipartFile("file", "quy-che.pdf", "application/pdf", big))
			.with(users.as("chihuy.ramai")).with(csrf())).flash().containsEntry("error", "agreement.file.tooLarge");
		assertThat(jdbc.queryForObject("select count(*) from agreement_scan where agreement_id = ?", Integer.class, id))
			.isZero();
		assertThat(mvc.post().uri("/agreements/" + id + "/scan").multipart()
			.file(new MockMultipartFile("file", "quy-che.pdf", "application/pdf", "%PDF-1.4 ok".getBytes()))
			.with(users.as("xa.danhoa")).with(csrf())).hasStatus(403);
		assertThat(mvc.post().uri("/agreements/" + id + "/scan").multipart()
			.file(new MockMultipartFile("file", "quy-che.pdf", "application/pdf", "%PDF-1.4 ok".getBytes()))
			.with(users.as("chihuy.ramai")).with(csrf())).flash().containsEntry("success", "agreement.scan.saved");
		assertThat(mvc.get().uri("/agreements/" + id + "/scan").with(users.as("xa.danhoa"))).hasStatusOk()
			.hasContentType("application/pdf");
		jdbc.update("delete from agreement_scan where agreement_id = ?", id);
	}

}
