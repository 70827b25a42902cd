package vn.phoihop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.StringWriter;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.document.PdfLines.Line;
import vn.phoihop.review.ReviewFixtures;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * An issued document is signed (PAdES baseline B) with the post's demo certificate, with a visible stamp in the
 * signature block's seal space: poppler's pdfsig, which shares no code with ours, finds the whole document signed
 * and the signature valid; one byte changed and pdfsig, our verifier and the register all say it no longer is. Ra
 * Mai's conclusions of 2013 are this test's own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSignatureTest {

	static final YearMonth MONTH = YearMonth.of(2013, 3);

	static final String BASE = "/reviews/RAMAI/" + MONTH;

	static final String DEMO_SIGNER = "Đảng ủy Đồn Biên phòng Ra Mai (DEMO)";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignatureCheck check;

	private long id;

	private byte[] pdf;

	@BeforeAll
	void concludeAMonth() {
		fixtures.outreach("DANHOA2025", MONTH.atDay(7), 45, "Tuyên truyền 2013-03");
		assertThat(mvc.post().uri(BASE + "/conclusions").with(users.as("chihuy.ramai")).with(csrf()).param("version", "0")
			.param("texts[OUTREACH_LEGAL]", "Tuyên truyền Luật Biên giới quốc gia")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri(BASE + "/conclude").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", String.valueOf(fixtures.reviewVersion(MONTH))).param("concludedOn", "2013-04-02")
			.param("reason", "Hai xã báo cáo tại giao ban")).hasStatus3xxRedirection();
		Map<String, Object> row = jdbc.queryForMap("""
				select id, pdf from issued_document where source = (select 'review:' || id from monthly_review
				  where post_id = ? and month = ?) and replaced_by_id is null""", fixtures.postId(),
				java.sql.Date.valueOf(MONTH.atDay(1)));
		id = ((Number) row.get("id")).longValue();
		pdf = (byte[]) row.get("pdf");
	}

	private byte[] download(String path) {
		MvcTestResult result = mvc.get().uri(path).with(users.as("chihuy.ramai")).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		return result.getResponse().getContentAsByteArray();
	}

	@Test
	void pdfsigFindsTheWholeDocumentSignedAndTheSignatureValid() throws Exception {
		// what users download is the signed file, byte for byte
		assertThat(download(BASE + "/pdf")).isEqualTo(pdf);
		assertThat(download("/documents/" + id + "/pdf")).isEqualTo(pdf);
		String out = Pdfsig.run(pdf);
		assertThat(out).contains("Signature #1:")
			.contains("Signer Certificate Common Name: " + DEMO_SIGNER)
			.contains("Signature Type: ETSI.CAdES.detached")
			.contains("Signing Hash Algorithm: SHA-256")
			.contains("Total document signed")
			.contains("Signature Validation: Signature is Valid.")
			.doesNotContain("Signature #2:");
		assertThat(check.check(pdf)).extracting(SignatureCheck.Verdict::status, SignatureCheck.Verdict::signer,
				SignatureCheck.Verdict::demo).containsExactly(SignatureCheck.Status.VALID, DEMO_SIGNER, true);
	}

	@Test
	void theSignatureIsPadesBaselineB() throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = doc.getSignatureDictionaries();
			assertThat(signatures).hasSize(1);
			PDSignature s = signatures.get(0);
			assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(s.getReason()).isEqualTo("Ban hành văn bản số " + fixtures.conclusionNumber(MONTH));
			assertThat(s.getSignDate()).isNotNull();
			CMSSignedData cms = SignatureCheck.cms(s, pdf);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
				.as("signing-certificate-v2").isNotNull();
			assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).as("no signing-time in PAdES")
				.isNull();
			assertThat(cms.getCertificates().getMatches(null)).as("the certificate and its authority's").hasSize(2);
		}
	}

	@Test
	void theStampSaysWhoSignedAndWhenInTheSealSpaceOfTheSignatureBlock() throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			int last = doc.getNumberOfPages();
			PDPage page = doc.getPage(last - 1);
			PDAnnotationWidget widget = null;
			for (PDAnnotation a : page.getAnnotations()) {
				if (a instanceof PDAnnotationWidget w) {
					widget = w;
				}
			}
			assertThat(widget).as("the signature's widget on the last page").isNotNull();
			assertThat(widget.isPrinted()).as("printed with the page").isTrue();
			PDRectangle r = widget.getRectangle();
			float height = page.getMediaBox().getHeight();
			List<Line> lines = PdfLines.of(doc).stream().filter(l -> l.page() == last).toList();
			Line function = lines.stream().filter(l -> l.text().equals("PHÓ BÍ THƯ")).findFirst().orElseThrow();
			Line name = lines.stream().filter(l -> l.text().equals("Phạm Minh Dũng")).findFirst().orElseThrow();
			// between the signer's function and name, in the right column, within the margins
			assertThat(height - r.getUpperRightY()).isGreaterThan(function.bottom());
			assertThat(height - r.getLowerLeftY()).isLessThan(name.top());
			assertThat(r.getLowerLeftX()).isGreaterThanOrEqualTo(page.getMediaBox().getWidth() / 2);
			assertThat(r.getUpperRightX()).isLessThanOrEqualTo((210 - 15) * PdfLines.MM);
			String stamp = appearanceText(widget);
			assertThat(stamp).contains("Ký số bởi:").contains(DEMO_SIGNER)
				.contains("DEMO — KHÔNG CÓ GIÁ TRỊ PHÁP LÝ").containsPattern("Thời gian ký: \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")
				.contains("(giờ Việt Nam)");
		}
	}

	/** The words the widget's appearance draws: the appearance drawn on a page of its own and read back. */
	private static String appearanceText(PDAnnotationWidget widget) throws Exception {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(new PDRectangle(widget.getRectangle().getWidth(), widget.getRectangle().getHeight()));
			doc.addPage(page);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.drawForm(widget.getNormalAppearanceStream());
			}
			StringWriter out = new StringWriter();
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.writeText(doc, out);
			return Normalizer.normalize(out.toString(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
		}
	}

	@Test
	void oneByteChangedBreaksTheSignatureForPdfsigOurCheckAndTheRegister() throws Exception {
		int[] range;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			range = doc.getSignatureDictionaries().get(0).getByteRange();
		}
		byte[] changed = pdf.clone();
		int at = range[1] / 2; // inside the first signed range: the document as it was rendered
		changed[at] = (byte) (changed[at] ^ 0x01);
		String out = Pdfsig.run(changed);
		assertThat(out).doesNotContain("Signature is Valid.");
		assertThat(out).containsAnyOf("Signature is Invalid", "Digest Mismatch", "Signature has not yet been verified");
		assertThat(check.check(changed).status()).isEqualTo(SignatureCheck.Status.INVALID);

		// bytes added after the signature: the signature no longer covers the whole file
		byte[] appended = java.util.Arrays.copyOf(pdf, pdf.length + 3);
		appended[pdf.length] = '\n';
		appended[pdf.length + 1] = '%';
		appended[pdf.length + 2] = 'x';
		assertThat(check.check(appended)).extracting(SignatureCheck.Verdict::status, SignatureCheck.Verdict::problem)
			.containsExactly(SignatureCheck.Status.INVALID, "document.signature.problem.changedAfter");

		// the register verifies the bytes it holds: valid before, not valid once one byte of them changed
		String before = Pages.text(mvc.get().uri("/documents?year=2013").with(users.as("canbo.ramai")).exchange(), 200);
		assertThat(row(before)).contains("Chữ ký hợp lệ").contains(DEMO_SIGNER)
			.contains("Chứng thư demo, không có giá trị pháp lý");
		jdbc.update("update issued_document set pdf = ? where id = ?", changed, id);
		try {
			String after = Pages.text(mvc.get().uri("/documents?year=2013").with(users.as("canbo.ramai")).exchange(), 200);
			assertThat(row(after)).contains("Chữ ký không hợp lệ").doesNotContain("Chữ ký hợp lệ");
		}
		finally {
			jdbc.update("update issued_document set pdf = ? where id = ?", pdf, id);
		}
	}

	private String row(String page) {
		int start = page.indexOf("id=\"document-" + id + "\"");
		assertThat(start).as("the document's row").isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

}
