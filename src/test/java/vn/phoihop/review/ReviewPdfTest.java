package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.text.Normalizer;
import java.time.YearMonth;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * The concluded month prints as a Party document (Hướng dẫn 36-HD/VPTW); its text is read back with PDFBox. (Its
 * form, the sizes and positions: ConclusionDocumentTest.)
 */
@IntegrationTest
class ReviewPdfTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

	private MockMvcRequestBuilder commander(String path, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri(path).with(users.as("chihuy.ramai")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	@Test
	void theConcludedMonthPrintsWithItsHeaderFiguresTargetsAndTasks() throws Exception {
		YearMonth m = YearMonth.of(2016, 8);
		String base = "/reviews/RAMAI/" + m;
		fixtures.outreach("DANHOA2025", m.atDay(5), 1234, "Tuyên truyền 2016-08");
		fixtures.patrol("TUYENLAM", m.atDay(6), 6, 5, "Tuần tra 2016-08");
		assertThat(mvc.get().uri(base + "/pdf").with(users.as("chihuy.ramai"))).hasStatus(404);

		assertThat(commander(base + "/conclusions", "version", "0", "texts[OUTREACH_LEGAL]",
				"Đẩy mạnh tuyên truyền Luật Biên giới quốc gia")).hasStatus3xxRedirection();
		assertThat(commander(base + "/targets", "version", String.valueOf(fixtures.reviewVersion(m)), "contentArea",
				"OUTREACH_LEGAL", "indicator", "Buổi tuyên truyền tại bản Ón", "metric", "OUTREACH_SESSIONS",
				"targetValue", "3", "unit", "buổi")).hasStatus3xxRedirection();
		assertThat(commander(base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"conclusionNumber", "8-KL/ĐU", "concludedOn", "2016-09-02", "reason",
				"Hai xã gửi báo cáo bằng văn bản giấy")).hasStatus3xxRedirection();

		MvcTestResult result = mvc.get().uri(base + "/pdf").with(users.as("chihuy.ramai")).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		String text;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
			// in the order the text reads on the page (the no-wrap spans of names and dates are drawn after their line)
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			text = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM")
			.contains("ĐẢNG ỦY ĐỒN BIÊN PHÒNG RA MAI") // on two lines, broken before the unit's name
			.contains("Số " + fixtures.conclusionNumber(m))
			.contains("Ra Mai, ngày 02 tháng 9 năm 2016")
			.contains("KẾT LUẬN")
			.contains("tháng 08/2016")
			.contains("Đẩy mạnh tuyên truyền Luật Biên giới quốc gia")
			.contains("Buổi tuyên truyền tại bản Ón")
			.contains("1.234")

			.contains("T/M ĐẢNG ỦY")
			// the signer by default: the commander, the committee's deputy secretary in the demo data
			.contains("PHÓ BÍ THƯ")
			.contains("Phạm Minh Dũng");
		// concluded before either commune had sent its report: said, with the reason, under the title; then the
		// month's situation opens the body, the conclusions follow it
		assertThat(text.replaceAll("\\s+", " ")).contains("tháng 08/2016 ----- Kết luận khi chưa nhận đủ báo cáo tháng của "
				+ "các xã (chưa gửi hoặc bị trả lại: Dân Hóa, Tuyên Lâm). Lý do: Hai xã gửi báo cáo bằng văn bản giấy "
				+ "I. TÌNH HÌNH AN NINH, TRẬT TỰ VÀ ĐƯỜNG BIÊN, CỘT MỐC")
			.contains("II. KẾT LUẬN");
		// the viewer of the province may print it too
		assertThat(mvc.get().uri(base + "/pdf").with(users.as("tinh.quangtri"))).hasStatusOk();
	}

}
