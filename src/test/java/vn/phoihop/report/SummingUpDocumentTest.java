package vn.phoihop.report;

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

import vn.phoihop.document.Pdfsig;
import vn.phoihop.document.PdfLines;
import vn.phoihop.document.PdfLines.Line;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * The article's period (Ra Mai, 2017–2020) issued as the post committee's "BÁO CÁO SƠ KẾT": the article's figures
 * stand in its sentences exactly as the report page shows them (274 sessions, 7.512 attendances, 624 patrols, 2.677
 * participations, 2.907 households, 11.569 persons, 19 groups of 455 members, 9 groups of 149 households and 480
 * persons); numbered "…-BC/ĐU", signed, in the register. Only the post's commander issues it. The summing-up reports
 * of 2021 are this test's.
 */
@IntegrationTest
class SummingUpDocumentTest {

	static final String PERIOD = "post=RAMAI&from=2017-01-01&to=2020-12-31";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void theArticlesFiguresStandInTheIssuedSummingUpReport() throws Exception {
		assertThat(Pages.text(mvc.get().uri("/reports/period?" + PERIOD).with(users.as("chihuy.ramai")).exchange(), 200))
			.contains("id=\"summing-up-issue\"").contains("/reports/period/issue?post=RAMAI&from=2017-01-01&to=2020-12-31");
		assertThat(Pages.text(mvc.get().uri("/reports/period/issue?" + PERIOD).with(users.as("chihuy.ramai")).exchange(),
				200)).contains("Ban hành báo cáo sơ kết của Đảng ủy đồn").contains("01/01/2017 – 31/12/2020");
		// too long an assessment: refused next to the field, what was typed kept
		String tooLong = "Đánh giá. ".repeat(900);
		assertThat(Pages.text(mvc.post().uri("/reports/period/issue?" + PERIOD).with(users.as("chihuy.ramai")).with(csrf())
			.param("issuedOn", "15/01/2021").param("assessment", tooLong).exchange(), 200))
			.contains("id=\"assessment-error\"").contains("Phần đánh giá dài tối đa 8.000 ký tự.");

		assertThat(mvc.post().uri("/reports/period/issue?" + PERIOD).with(users.as("chihuy.ramai")).with(csrf())
			.param("issuedOn", "15/01/2021")
			.param("assessment", "Quy chế được thực hiện nghiêm túc, đạt và vượt các chỉ tiêu chính.\nNăm 2021 tiếp tục duy trì giao ban hằng tháng."))
			.hasStatus3xxRedirection().hasRedirectedUrl("/documents?q=1-BC/%C4%90U&year=2021");
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select number_text, subject, pdf from issued_document where source = 'report:RAMAI:2017-01-01:2020-12-31'");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("number_text")).isEqualTo("1-BC/ĐU");
		assertThat(rows.get(0).get("subject"))
			.isEqualTo("kết quả thực hiện Quy chế phối hợp từ ngày 01/01/2017 đến ngày 31/12/2020");
		byte[] pdf = (byte[]) rows.get(0).get("pdf");
		// kept for a look (target/screenshots, as the other documents' pictures)
		java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"))
			.resolve("bao-cao-so-ket.pdf"), pdf);
		List<Line> lines;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			lines = PdfLines.of(doc);
		}
		String text = lines.stream().filter(l -> !l.text().matches("\\d+")).map(Line::text)
			.collect(Collectors.joining(" "));
		assertThat(lines.stream().filter(l -> l.text().equals("BÁO CÁO SƠ KẾT")).findFirst().orElseThrow().bold())
			.isTrue();
		assertThat(text).contains("Số 1-BC/ĐU").contains("Ra Mai, ngày 15 tháng 01 năm 2021")
			.contains("Phối hợp tổ chức 274 buổi tuyên truyền, vận động với 7.512 lượt người nghe.")
			.contains("Tổ chức 624 đợt tuần tra, kiểm tra, kiểm soát")
			.contains("với 2.677 lượt người tham gia")
			.contains("Tổ tự quản an ninh, trật tự: 19 tổ với 455 thành viên")
			.contains("Tổ tự quản đường biên, cột mốc: 9 tổ với")
			.contains("149 hộ và 480 nhân khẩu tham gia.")
			.contains("Trên địa bàn có 2.907 hộ với 11.569 nhân khẩu.")
			.contains("II. SỐ LIỆU THEO XÃ").contains("III. KẾT QUẢ THỰC HIỆN CHỈ TIÊU")
			.contains("IV. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG").contains("Năm 2021 tiếp tục duy trì giao ban hằng tháng.")
			.contains("T/M ĐẢNG ỦY").contains("Phạm Minh Dũng");
		assertThat(Pdfsig.run(pdf)).contains("Total document signed").contains("Signature is Valid.");
		assertThat(Pages.text(mvc.get().uri("/documents?type=BAO_CAO_SO_KET&year=2021").with(users.as("xa.danhoa"))
			.exchange(), 200)).contains("1-BC/ĐU").contains("Báo cáo sơ kết").contains("Chữ ký hợp lệ");
	}

	@Test
	void onlyThePostsCommanderIssuesIt() {
		assertThat(Pages.text(mvc.get().uri("/reports/period?" + PERIOD).with(users.as("tinh.quangtri")).exchange(), 200))
			.doesNotContain("id=\"summing-up-issue\"");
		for (String user : List.of("canbo.ramai", "tinh.quangtri", "admin")) {
			assertThat(mvc.get().uri("/reports/period/issue?" + PERIOD).with(users.as(user))).as(user).hasStatus(403);
			assertThat(mvc.post().uri("/reports/period/issue?" + PERIOD).with(users.as(user)).with(csrf())
				.param("issuedOn", "16/01/2021")).as(user).hasStatus(403);
		}
		assertThat(mvc.post().uri("/reports/period/issue?" + PERIOD).with(users.as("xa.tuyenlam")).with(csrf())
			.param("issuedOn", "16/01/2021")).satisfies(r -> assertThat(r.getResponse().getStatus()).isIn(403, 404));
		assertThat(jdbc.queryForObject("select count(*) from issued_document where issued_on = '2021-01-16'",
				Integer.class)).isZero();
	}

}
