package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.document.PdfLines;
import vn.phoihop.document.PdfLines.Line;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * The month's conclusion has the form of a Party document (Hướng dẫn 36-HD/VPTW; docs/documents.md), read back from
 * the PDF with PDFBox: Liberation Serif only, the sizes of each block, the header's two columns either side of the
 * page's centre, the title centred, nothing outside the margins, every page numbered, no heading alone at the foot of
 * a page, no unit name or date broken across lines; in Vietnamese whatever the interface's language. The first page
 * is drawn by poppler's pdftoppm for the user guide (target/screenshots/ket-luan-pdf-1.png).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConclusionDocumentTest {

	private static final YearMonth MONTH = YearMonth.of(2014, 10);

	private static final String BASE = "/reviews/RAMAI/" + MONTH;

	private static final float PAGE_WIDTH = 210 * PdfLines.MM;

	private static final float PAGE_HEIGHT = 297 * PdfLines.MM;

	private static final float LEFT = 30 * PdfLines.MM;

	private static final float RIGHT = (210 - 15) * PdfLines.MM;

	private static final float TOP = 20 * PdfLines.MM;

	private static final float BOTTOM = (297 - 20) * PdfLines.MM;

	private static final List<String> HEADINGS = List.of("I. TÌNH HÌNH AN NINH, TRẬT TỰ VÀ ĐƯỜNG BIÊN, CỘT MỐC",
			"II. KẾT LUẬN THEO TỪNG NỘI DUNG PHỐI HỢP", "III. SỐ LIỆU THỰC HIỆN TRONG THÁNG", "IV. CHỈ TIÊU THÁNG TỚI",
			"V. PHÂN CÔNG NHIỆM VỤ");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

	private byte[] pdf;

	private List<Line> lines;

	private int pages;

	private MockMvcRequestBuilder commander(String path, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri(path).with(users.as("chihuy.ramai")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	/** A month long enough for three pages: every content area concluded at length, targets and tasks. */
	@BeforeAll
	void concludeALongMonth() throws IOException {
		fixtures.outreach("DANHOA2025", MONTH.atDay(5), 1234, "Tuyên truyền 2014-10");
		fixtures.patrol("TUYENLAM", MONTH.atDay(6), 6, 5, "Tuần tra 2014-10");
		String paragraph = "Đảng ủy Đồn Biên phòng Ra Mai và Đảng ủy xã Dân Hóa, Đảng ủy xã Tuyên Lâm duy trì giao ban "
				+ "định kỳ, trao đổi tình hình an ninh, trật tự trên địa bàn các bản giáp biên; ngày 31/10/2014 tổ chức "
				+ "tuần tra chung đường biên, cột mốc; tiếp tục vận động Nhân dân không xuất cảnh trái phép, không "
				+ "nghe theo kẻ xấu, tích cực tham gia tổ tự quản đường biên, cột mốc và tố giác tội phạm. ";
		String[] params = { "version", "0", "texts[BORDER_SOVEREIGNTY]", paragraph.repeat(3),
				"texts[POLITICAL_SYSTEM]", paragraph.repeat(2), "texts[ECONOMY_POVERTY]", paragraph.repeat(3),
				"texts[OUTREACH_LEGAL]", paragraph.repeat(2), "texts[CULTURE_SOCIETY]", paragraph.repeat(2),
				"texts[FOREIGN_AFFAIRS]", paragraph.repeat(2) };
		assertThat(commander(BASE + "/conclusions", params)).hasStatus3xxRedirection();
		for (int i = 1; i <= 4; i++) {
			assertThat(commander(BASE + "/targets", "version", String.valueOf(fixtures.reviewVersion(MONTH)),
					"contentArea", "OUTREACH_LEGAL", "indicator", "Buổi tuyên truyền tại bản Ón, đợt " + i, "metric",
					"OUTREACH_SESSIONS", "targetValue", "3", "unit", "buổi")).hasStatus3xxRedirection();
		}
		// the article's number: the post's tenth conclusion of 2014 (the counter as V070 leaves it after nine typed)
		fixtures.numberNext(2014, 10);
		assertThat(commander(BASE + "/conclude", "version", String.valueOf(fixtures.reviewVersion(MONTH)),
				"conclusionNumber", "10-KL/ĐU", "concludedOn", "2014-11-03", "reason",
				"Hai xã gửi báo cáo bằng văn bản giấy")).hasStatus3xxRedirection();

		pdf = get(BASE + "/pdf");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			pages = doc.getNumberOfPages();
			lines = PdfLines.of(doc);
		}
	}

	private byte[] get(String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(users.as("chihuy.ramai")).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		return result.getResponse().getContentAsByteArray();
	}

	private Line line(String text) {
		return lines.stream().filter(l -> l.text().equals(text)).findFirst()
			.orElseThrow(() -> new AssertionError("no line \"" + text + "\" in " + texts()));
	}

	private String texts() {
		return lines.stream().map(l -> l.page() + ": " + l.text()).collect(Collectors.joining("\n"));
	}

	private static boolean pageNumber(Line l) {
		return l.text().matches("\\d+") && l.top() > BOTTOM;
	}

	@Test
	void itIsSetInLiberationSerifOnly() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(PdfLines.fonts(doc)).isNotEmpty()
				.allMatch(f -> f.matches("[A-Z]{6}\\+LiberationSerif(-Bold|-Italic|-BoldItalic)?"), "Liberation Serif, embedded");
		}
		assertThat(pages).as("the long month takes several pages").isGreaterThanOrEqualTo(3);
	}

	@Test
	void theHeaderHasItsTwoColumnsEitherSideOfThePagesCentre() {
		float centre = PAGE_WIDTH / 2;
		// left: the superior committee, the issuing committee in bold, the asterisk, the number
		Line committee = line("ĐỒN BIÊN PHÒNG RA MAI");
		assertThat(committee.bold()).isTrue();
		assertThat(line("ĐẢNG ỦY").bold()).isTrue();
		for (String left : List.of("ĐẢNG BỘ BỘ CHỈ HUY", "BỘ ĐỘI BIÊN PHÒNG", "TỈNH QUẢNG TRỊ", "ĐẢNG ỦY",
				"ĐỒN BIÊN PHÒNG RA MAI", "*", "Số 10-KL/ĐU")) {
			Line l = line(left);
			assertThat(l.page()).isEqualTo(1);
			assertThat(l.right()).as(left).isLessThan(centre);
			assertThat(l.size()).as(left).isEqualTo(14f);
		}
		assertThat(line("ĐẢNG BỘ BỘ CHỈ HUY").bold()).isFalse();
		// right: the Party's name in bold 15, then place and date in italics
		Line party = line("ĐẢNG CỘNG SẢN VIỆT NAM");
		assertThat(party.left()).isGreaterThan(centre);
		assertThat(party.size()).isEqualTo(15f);
		assertThat(party.bold()).isTrue();
		Line date = line("Ra Mai, ngày 03 tháng 11 năm 2014");
		assertThat(date.left()).isGreaterThan(centre);
		assertThat(date.italic()).isTrue();
		assertThat(date.size()).isEqualTo(14f);
		assertThat(party.top()).isLessThan(date.top());
	}

	@Test
	void typeAndSubjectAreCentredAndBold() {
		float textCentre = (LEFT + RIGHT) / 2;
		Line type = line("KẾT LUẬN");
		assertThat(type.size()).isEqualTo(16f);
		assertThat(type.bold()).isTrue();
		assertThat(type.centre()).isCloseTo(textCentre, org.assertj.core.data.Offset.offset(2f));
		Line subject = lines.stream().filter(l -> l.text().contains("10/2014") && l.page() == 1 && l.bold()).findFirst()
			.orElseThrow();
		assertThat(subject.size()).isEqualTo(14f);
		assertThat(subject.centre()).isCloseTo(textCentre, org.assertj.core.data.Offset.offset(2f));
		assertThat(line("-----").centre()).isCloseTo(textCentre, org.assertj.core.data.Offset.offset(2f));
	}

	@Test
	void theBodyTheTableTheSignatureAndTheRecipientsHaveTheirSizes() {
		assertThat(lines.stream().filter(l -> l.text().startsWith("Đảng ủy Đồn Biên phòng Ra Mai và Đảng ủy xã")))
			.isNotEmpty().allMatch(l -> l.size() == 14f && !l.bold());
		for (String heading : HEADINGS) {
			assertThat(line(heading).size()).isEqualTo(14f);
			assertThat(line(heading).bold()).isTrue();
		}
		// the figures table in 11 pt, every cell inside the text's width
		assertThat(line("Tổng cộng").size()).isEqualTo(11f);
		assertThat(lines.stream().filter(l -> l.text().contains("1.234"))).isNotEmpty()
			.allMatch(l -> l.sizes().contains(11f));
		// the signature: for the committee, the signer's function and full name, in bold 14
		for (String s : List.of("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Phạm Minh Dũng")) {
			assertThat(line(s).size()).as(s).isEqualTo(14f);
			assertThat(line(s).bold()).as(s).isTrue();
			assertThat(line(s).left()).as(s).isGreaterThan(PAGE_WIDTH / 2);
		}
		assertThat(line("Phạm Minh Dũng").top() - line("PHÓ BÍ THƯ").bottom()).as("room for the seal and signature")
			.isGreaterThan(20 * PdfLines.MM);
		// "Nơi nhận:" in 14, its list in 12, left of the signature
		assertThat(line("Nơi nhận:").size()).isEqualTo(14f);
		assertThat(line("- Lưu Văn phòng Đảng ủy.").size()).isEqualTo(12f);
		assertThat(line("- Lưu Văn phòng Đảng ủy.").right()).isLessThan(PAGE_WIDTH / 2);
	}

	@Test
	void nothingIsOutsideTheMarginsAndEveryPageHasItsNumber() {
		float tolerance = 0.5f;
		for (Line l : lines) {
			assertThat(l.left()).as("left of \"%s\" on page %d", l.text(), l.page()).isGreaterThanOrEqualTo(LEFT - tolerance);
			assertThat(l.right()).as("right of \"%s\" on page %d", l.text(), l.page()).isLessThanOrEqualTo(RIGHT + tolerance);
			if (!pageNumber(l)) {
				assertThat(l.top()).as("top of \"%s\" on page %d", l.text(), l.page()).isGreaterThanOrEqualTo(TOP - tolerance);
				assertThat(l.bottom()).as("foot of \"%s\" on page %d", l.text(), l.page()).isLessThanOrEqualTo(BOTTOM + tolerance);
			}
		}
		for (int page = 1; page <= pages; page++) {
			int p = page;
			assertThat(lines.stream().filter(l -> l.page() == p && pageNumber(l)).map(Line::text))
				.as("page %d's number", p).containsExactly(String.valueOf(p));
			assertThat(lines.stream().filter(l -> l.page() == p && pageNumber(l)).findFirst().orElseThrow().bottom())
				.isLessThan(PAGE_HEIGHT);
		}
	}

	@Test
	void noHeadingIsLeftAloneAtTheFootOfAPage() {
		// the last line of every page but the last (which ends with the signature) is never a heading: a section's
		// title (bold, 14 pt) or a content area's (bold italic)
		Map<Integer, Line> lastOfPage = lines.stream().filter(l -> !pageNumber(l) && l.page() < pages)
			.collect(Collectors.toMap(Line::page, l -> l, (a, b) -> b.bottom() > a.bottom() ? b : a));
		assertThat(lastOfPage).hasSize(pages - 1);
		// nor does the signature block stand alone on the last page: the body's last part goes with it
		Line recipients = line("Nơi nhận:");
		assertThat(recipients.page()).isEqualTo(pages);
		assertThat(lines.stream().filter(l -> l.page() == pages && l.bottom() < recipients.top()).map(Line::text))
			.contains("V. PHÂN CÔNG NHIỆM VỤ");
		lastOfPage.forEach((page, last) -> {
			assertThat(HEADINGS).as("the last line of page %d", page).doesNotContain(last.text());
			assertThat(last.bold()).as("page %d ends with a heading: %s", page, last.text()).isFalse();
		});
	}

	@Test
	void noUnitNameDateOrNumberIsBrokenAcrossLines() {
		String all = texts();
		assertThat(all).contains("ĐỒN BIÊN PHÒNG RA MAI").contains("Số 10-KL/ĐU");
		// the date in the body and the communes' names stay whole on their line
		assertThat(lines.stream().filter(l -> l.text().contains("31/10/2014"))).isNotEmpty();
		for (Line l : lines) {
			assertThat(l.text()).as("a line ending inside a date, a number or a name")
				.doesNotMatch(".*(\\d+/|\\d+/\\d+/|Ra|Dân|Tuyên|ĐỒN BIÊN|BIÊN|Số|\\d+-KL/?|ngày|tháng|năm)$")
				.doesNotMatch("^(/\\d+|\\d+/\\d{4}|Mai\\b|Hóa\\b|Lâm\\b|PHÒNG\\b).*");
		}
	}

	@Test
	void anEnglishInterfaceStillGetsTheVietnameseDocument() throws IOException {
		for (MvcTestResult result : List.of(
				mvc.get().uri(BASE + "/pdf?lang=en").with(users.as("tinh.quangtri")).exchange(),
				mvc.get().uri(BASE + "/pdf").header("Accept-Language", "en").with(users.as("tinh.quangtri")).exchange())) {
			assertThat(result).hasStatusOk();
			try (PDDocument doc = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
				String text = PdfLines.of(doc).stream().map(Line::text).collect(Collectors.joining("\n"));
				assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("KẾT LUẬN").contains("Nơi nhận:")
					.contains("Tổng cộng").contains("PHÓ BÍ THƯ").doesNotContain("CONCLUSION").doesNotContain("Total");
			}
		}
	}

	/**
	 * pdftoppm (poppler) draws the first page and the last one, with the signature's stamp, for the user guide, as a
	 * reader's viewer would: into target/screenshots, and into docs/images with -Dscreenshots.docs=true (as the
	 * browser tests' screenshots).
	 */
	@Test
	void theFirstAndLastPagesAreDrawnForTheUserGuide() throws Exception {
		Path dir = Files.createDirectories(Path.of("target/screenshots"));
		Path file = dir.resolve("ket-luan.pdf");
		Files.write(file, pdf);
		Path first = draw(file, 1, dir.resolve("ket-luan-pdf"));
		Path last = draw(file, pages, dir.resolve("ket-luan-pdf-ky-so"));
		if (Boolean.getBoolean("screenshots.docs")) {
			Files.copy(first, Path.of("docs/images/ket-luan-pdf.png"), StandardCopyOption.REPLACE_EXISTING);
			Files.copy(last, Path.of("docs/images/ket-luan-pdf-ky-so.png"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** One page drawn at 80 dpi into {@code <prefix>-<page>.png}. */
	private static Path draw(Path file, int page, Path prefix) throws Exception {
		Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", String.valueOf(page), "-l",
				String.valueOf(page), "-forcenum", file.toString(), prefix.toString()).redirectErrorStream(true).start();
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).isZero();
		Path png = prefix.resolveSibling(prefix.getFileName() + "-" + page + ".png");
		assertThat(png).exists();
		assertThat(Files.size(png)).isGreaterThan(10_000);
		return png;
	}

}
