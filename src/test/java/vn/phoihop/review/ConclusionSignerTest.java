package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.phoihop.account.AccountService;
import vn.phoihop.account.PartyFunction;
import vn.phoihop.document.PdfLines;
import vn.phoihop.document.PdfLines.Line;
import vn.phoihop.shared.security.Role;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * Who signs the conclusion for the post's Party committee (docs/documents.md, "The signer"): chosen by the
 * commander among the post's users whose function signs, the secretary by default, else the commander; anyone else
 * refused next to the field with what was typed kept; the PDF prints the signer's function and name; a conclusion
 * of before the signer was asked prints the commander's.
 */
@IntegrationTest
class ConclusionSignerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	ConclusionSigners signers;

	@Autowired
	JdbcTemplate jdbc;

	private MockMvcRequestBuilder commander(String path, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri(path).with(users.as("chihuy.ramai")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	private String confirmationPage(YearMonth m) {
		return Pages.text(mvc.get().uri("/reviews/RAMAI/" + m + "/conclude").with(users.as("chihuy.ramai")).exchange(),
				200);
	}

	private void writeAConclusion(YearMonth m) {
		assertThat(commander("/reviews/RAMAI/" + m + "/conclusions", "version", "0", "texts[OUTREACH_LEGAL]",
				"Tuyên truyền Luật Biên giới quốc gia tại các bản")).hasStatus3xxRedirection();
	}

	private List<String> pdfLines(YearMonth m) throws IOException {
		byte[] pdf = mvc.get().uri("/reviews/RAMAI/" + m + "/pdf").with(users.as("chihuy.ramai")).exchange()
			.getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return PdfLines.of(doc).stream().map(Line::text).toList();
		}
	}

	@Test
	void theCommanderSignsByDefaultAndNoOneWithoutASigningFunctionIsOffered() throws IOException {
		YearMonth m = YearMonth.of(2014, 11);
		writeAConclusion(m);
		String page = confirmationPage(m);
		// the demo commander is the committee's deputy secretary; the post cadre a committee member (does not sign)
		assertThat(page).contains("id=\"signer\" name=\"signer\">")
			.contains("<option value=\"chihuy.ramai\" selected=\"selected\">Phạm Minh Dũng — Phó Bí thư</option>")
			.doesNotContain("value=\"canbo.ramai\"");

		// a committee member, or a user of no post, is refused next to the field; what was typed is kept
		for (String refused : List.of("canbo.ramai", "xa.danhoa", "nobody")) {
			String answer = Pages.text(commander("/reviews/RAMAI/" + m + "/conclude", "version",
					String.valueOf(fixtures.reviewVersion(m)), "conclusionNumber", "11-KL/ĐU", "concludedOn",
					"2014-12-02", "reason", "Báo cáo bằng giấy", "signer", refused).exchange(), 200);
			assertThat(answer).contains("id=\"signer-error\"")
				.contains("Người ký phải là tài khoản của đồn có chức vụ Bí thư hoặc Phó Bí thư Đảng ủy đồn.")
				.contains("value=\"" + fixtures.nextNumber(2014) + "\"").contains("Báo cáo bằng giấy");
			assertThat(fixtures.reviewStatus(m)).isEqualTo("OPEN");
		}

		// nothing chosen: the default
		assertThat(commander("/reviews/RAMAI/" + m + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"conclusionNumber", "11-KL/ĐU", "concludedOn", "2014-12-02", "reason", "Báo cáo bằng giấy"))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForList("""
				select e.signer_username || ' ' || e.signer_function || ' ' || e.signer_name from review_edition e
				join monthly_review r on r.id = e.review_id where r.month = ? and r.post_id = ?""", String.class,
				m.atDay(1), fixtures.postId())).containsExactly("chihuy.ramai DEPUTY_SECRETARY Phạm Minh Dũng");
		List<String> lines = pdfLines(m);
		assertThat(lines).containsSubsequence("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Phạm Minh Dũng");
	}

	@Test
	void theSecretaryIsOfferedFirstAndPrintedWithTheirName() throws IOException {
		YearMonth m = YearMonth.of(2014, 12);
		String username = "bithu.ramai.test";
		accounts.create(username, "Bi-thu-2026-test", "Lê Văn Hùng", Role.POST_CADRE, fixtures.postId(), null, null);
		try {
			accounts.givePartyFunction(username, PartyFunction.SECRETARY);
			writeAConclusion(m);
			String page = confirmationPage(m);
			assertThat(page).contains("<option value=\"bithu.ramai.test\" selected=\"selected\">Lê Văn Hùng — Bí thư</option>")
				.contains("<option value=\"chihuy.ramai\">Phạm Minh Dũng — Phó Bí thư</option>");
			assertThat(page.indexOf("bithu.ramai.test")).isLessThan(page.indexOf("value=\"chihuy.ramai\""));

			assertThat(commander("/reviews/RAMAI/" + m + "/conclude", "version",
					String.valueOf(fixtures.reviewVersion(m)), "conclusionNumber", "12-KL/ĐU", "concludedOn",
					"2015-01-05", "reason", "Báo cáo bằng giấy", "signer", username)).hasStatus3xxRedirection();
			assertThat(pdfLines(m)).containsSubsequence("T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Văn Hùng")
				.doesNotContain("PHÓ BÍ THƯ", "Phạm Minh Dũng");
			// issued as signed: a later change of function does not change the document
			accounts.givePartyFunction(username, PartyFunction.COMMITTEE_MEMBER);
			assertThat(pdfLines(m)).containsSubsequence("BÍ THƯ", "Lê Văn Hùng");
		}
		finally {
			jdbc.update("delete from app_user where username = ?", username);
		}
	}

	@Test
	void aConclusionOfBeforeTheSignerWasAskedPrintsTheCommandersFunctionWhenKnown() throws IOException {
		// the demo months are concluded by chihuy.ramai without a signer kept: the commander's function and name
		YearMonth demo = YearMonth.now().minusMonths(2);
		assertThat(jdbc.queryForObject("""
				select count(*) from review_edition e join monthly_review r on r.id = e.review_id
				where r.month = ? and r.post_id = ? and e.signer_username is null""", Integer.class, demo.atDay(1),
				fixtures.postId())).isEqualTo(1);
		assertThat(pdfLines(demo)).containsSubsequence("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Phạm Minh Dũng");

		// concluded by someone whose function does not sign, or unknown: the function line alone, no name
		for (String by : List.of("canbo.ramai", "a.deleted.user")) {
			Edition old = new Edition(1L, 1, "1-KL/ĐU", LocalDate.of(2015, 2, 3), by, Instant.now(), null, null, null,
					List.of(), null, List.of(), null, null, null, null);
			assertThat(signers.printed(old)).isEqualTo(new ConclusionSigners.Printed(null, null));
		}
	}

}
