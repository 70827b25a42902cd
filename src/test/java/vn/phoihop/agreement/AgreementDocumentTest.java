package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.phoihop.document.Pdfsig;
import vn.phoihop.document.PdfLines;
import vn.phoihop.document.PdfLines.Line;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * The agreement issued as the post committee's document "QUY CHẾ PHỐI HỢP": numbered by the register ("…-QC/ĐU"),
 * in the Party form with its communes, period, content areas and targets, signed, listed in the register and linked
 * from the agreement's page; issued again, a new number replaces it. Only the post's commander issues, only an
 * agreement agreed on, a date not in the future, a signer who signs. The quy chế numbers of 2017 are this test's.
 */
@IntegrationTest
class AgreementDocumentTest {

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

	private MockMvcRequestBuilder issue(String user, long id, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri("/agreements/" + id + "/issue").with(users.as(user)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	private List<Map<String, Object>> issued(long id) {
		return jdbc.queryForList("select id, number_text, subject, signer_name, replaced_by_id, pdf from issued_document "
				+ "where source = ? order by id", "agreement:" + id);
	}

	@Test
	void theCommanderIssuesTheAgreementAsTheCommitteesDocument() throws Exception {
		long id = agreement("THANHHOA", 2017);
		String confirm = Pages.text(mvc.get().uri("/agreements/" + id + "/issue").with(users.as("chihuy.ramai")).exchange(),
				200);
		assertThat(confirm).contains("Ban hành quy chế thành văn bản của Đảng ủy đồn").contains("id=\"issuedOn\"")
			.contains("Phạm Minh Dũng — Phó Bí thư");

		// refused next to its field, nothing issued: a date after today, a signer who does not sign for the post
		assertThat(Pages.text(issue("chihuy.ramai", id, "issuedOn", "01/01/2099").exchange(), 200))
			.contains("id=\"issuedOn-error\"").contains("Ngày ban hành không được sau hôm nay").contains("01/01/2099");
		assertThat(Pages.text(issue("chihuy.ramai", id, "issuedOn", "12/01/2017", "signer", "canbo.ramai").exchange(), 200))
			.contains("id=\"signer-error\"")
			.contains("Người ký phải là tài khoản của đồn có chức vụ Bí thư hoặc Phó Bí thư Đảng ủy đồn.");
		assertThat(issued(id)).isEmpty();

		assertThat(issue("chihuy.ramai", id, "issuedOn", "12/01/2017", "signer", "chihuy.ramai"))
			.hasStatus3xxRedirection().hasRedirectedUrl("/agreements/" + id + "#agreement-document");
		List<Map<String, Object>> rows = issued(id);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("number_text")).isEqualTo("1-QC/ĐU");
		assertThat(rows.get(0).get("subject"))
			.isEqualTo("giữa Đảng ủy Đồn Biên phòng Ra Mai và Đảng ủy xã Thanh Hóa giai đoạn 2017–2020");
		assertThat(rows.get(0).get("signer_name")).isEqualTo("Phạm Minh Dũng");
		byte[] pdf = (byte[]) rows.get(0).get("pdf");
		// kept for a look (target/screenshots, as the other documents' pictures)
		java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"))
			.resolve("quy-che.pdf"), pdf);

		List<Line> lines;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			lines = PdfLines.of(doc);
		}
		String text = lines.stream().map(Line::text).collect(Collectors.joining(" "));
		Line type = lines.stream().filter(l -> l.text().equals("QUY CHẾ PHỐI HỢP")).findFirst().orElseThrow();
		assertThat(type.size()).isEqualTo(16f);
		assertThat(type.bold()).isTrue();
		assertThat(text).contains("Số 1-QC/ĐU").contains("Ra Mai, ngày 12 tháng 01 năm 2017")
			.contains("ĐỒN BIÊN PHÒNG RA MAI").contains("Điều 1. Phạm vi và thời gian phối hợp")
			.contains("từ ngày 01/01/2017 đến ngày 31/12/2020").contains("Điều 2. Nội dung phối hợp")
			.contains("Quản lý, bảo vệ chủ quyền, an ninh biên giới").contains("Điều 3. Chỉ tiêu phối hợp")
			.contains("1. Quản lý, bảo vệ chủ quyền, an ninh biên giới;").contains("6. Đối ngoại biên phòng.")
			.contains("120 buổi cả giai đoạn").contains("3.600 lượt người cả giai đoạn").contains("Hộ thoát nghèo mỗi năm")
			.contains("Điều 4. Tổ chức thực hiện").contains("- Đảng ủy xã Thanh Hóa,").contains("T/M ĐẢNG ỦY")
			.contains("PHÓ BÍ THƯ").contains("Phạm Minh Dũng");
		assertThat(Pdfsig.run(pdf)).contains("Total document signed").contains("Signature is Valid.");

		// the agreement's page names the document and leads to the register, where its signature verifies
		assertThat(Pages.text(mvc.get().uri("/agreements/" + id).with(users.as("canbo.ramai")).exchange(), 200))
			.contains("Đã ban hành: số 1-QC/ĐU ngày 12/01/2017.").contains("id=\"agreement-register\"")
			.doesNotContain("id=\"agreement-issue\"");
		String register = Pages.text(mvc.get().uri("/documents?type=QUY_CHE&year=2017").with(users.as("chihuy.ramai"))
			.exchange(), 200);
		assertThat(register).contains("1-QC/ĐU").contains("Quy chế").contains("Chữ ký hợp lệ");

		// issued again: a new number, the first document replaced
		assertThat(issue("chihuy.ramai", id, "issuedOn", "20/01/2017")).hasStatus3xxRedirection();
		rows = issued(id);
		assertThat(rows).extracting(r -> r.get("number_text")).containsExactly("1-QC/ĐU", "2-QC/ĐU");
		assertThat(((Number) rows.get(0).get("replaced_by_id")).longValue())
			.isEqualTo(((Number) rows.get(1).get("id")).longValue());
	}

	@Test
	void onlyTheCommanderIssuesAndOnlyAnAgreementAgreedOn() {
		long id = agreement("THANHHOA", 2017);
		for (String user : List.of("canbo.ramai", "tinh.quangtri", "admin")) {
			assertThat(mvc.get().uri("/agreements/" + id + "/issue").with(users.as(user))).as(user).hasStatus(403);
			assertThat(issue(user, id, "issuedOn", "12/01/2017")).as(user).hasStatus(403);
		}
		// a commune official of another commune does not even see it
		assertThat(issue("xa.danhoa", id, "issuedOn", "12/01/2017")).hasStatus(404);
		assertThat(Pages.text(mvc.get().uri("/agreements/" + id).with(users.as("tinh.quangtri")).exchange(), 200))
			.doesNotContain("id=\"agreement-issue\"");
		// superseded: refused with a message, nothing issued
		long superseded = agreement("TRONGHOA", 2017);
		assertThat(Pages.text(issue("chihuy.ramai", superseded, "issuedOn", "12/01/2017").exchange(), 200))
			.contains("Chỉ ban hành được quy chế đang hiệu lực hoặc đã kết thúc");
		assertThat(issued(superseded)).isEmpty();
	}

}
