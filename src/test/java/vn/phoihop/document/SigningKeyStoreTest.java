package vn.phoihop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.document.SignatureCheck.Status;
import vn.phoihop.document.SignatureCheck.Verdict;
import vn.phoihop.review.ReviewFixtures;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.territory.TerritoryCache;
import vn.phoihop.territory.TerritoryService;

/**
 * A unit's own certificate (docs/operations.md, "The unit's signing certificate"): the PKCS#12 file named by
 * app.documents.signing.keystore signs instead of the demo authority; a wrong password stops the start; a directory
 * gives each post its own file; a renewed certificate from the same authority still verifies the documents signed
 * with the old one, one from another authority does when that authority is added to the trusted ones; an expired
 * certificate refuses to sign. The key stores are built here, as SigningKeys reads them at start.
 */
@IntegrationTest
class SigningKeyStoreTest {

	@TempDir
	Path dir;

	@Autowired
	DemoAuthority demo;

	@Autowired
	TerritoryService territory;

	@Autowired
	PartyDocuments documents;

	@Autowired
	ReviewFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TerritoryCache territoryCache;

	private static final Instant NOW = Instant.now();

	private SigningKeys keys(Path keystore, String trusted) {
		return new SigningKeys(keystore.toString(), "mat-khau-2026", "", trusted, demo, territory);
	}

	/** A one-page document with a signature block in the right column, as the Party form lays it out. */
	private static byte[] document() throws Exception {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD), 14);
				float y = 500;
				for (String line : new String[] { "T/M DANG UY", "BI THU" }) {
					cs.beginText();
					cs.newLineAtOffset(390, y);
					cs.showText(line);
					cs.endText();
					y -= 17;
				}
				cs.beginText();
				cs.newLineAtOffset(385, y - 71);
				cs.showText("Nguyen Van An");
				cs.endText();
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] sign(SigningKey key) throws Exception {
		SignatureStamp.Text stamp = new SignatureStamp.Text("Ký số bởi:", key.commonName(), "Thời gian ký: …", null);
		return PdfSigner.sign(document(), key, new PdfSigner.Details("Ban hành văn bản số 1-KL/ĐU", null,
				ZonedDateTime.now(DocumentSigning.VIETNAM), stamp));
	}

	@Test
	void theUnitsKeyStoreSignsInsteadOfTheDemoAuthority() throws Exception {
		TestCertificates.Issued ca = TestCertificates.authority("Ban Cơ yếu Chính phủ (thử)");
		TestCertificates.Issued unit = TestCertificates.unit("Đảng ủy Đồn Biên phòng Ra Mai", ca,
				NOW.minusSeconds(86_400), NOW.plusSeconds(365L * 86_400));
		SigningKeys keys = keys(TestCertificates.p12(dir.resolve("ramai.p12"), unit, "mat-khau-2026"), "");
		SigningKey key = keys.forPost(fixtures.postId());
		assertThat(key.demo()).isFalse();
		assertThat(key.commonName()).isEqualTo("Đảng ủy Đồn Biên phòng Ra Mai");
		assertThat(keys.demoInUse()).isFalse();
		byte[] signed = sign(key);
		assertThat(Pdfsig.run(signed)).contains("Signer Certificate Common Name: Đảng ủy Đồn Biên phòng Ra Mai")
			.contains("Total document signed").contains("Signature is Valid.");
		Verdict v = new SignatureCheck(keys).check(signed);
		assertThat(v.status()).isEqualTo(Status.VALID);
		assertThat(v.demo()).isFalse();
		assertThat(v.signer()).isEqualTo("Đảng ủy Đồn Biên phòng Ra Mai");
	}

	@Test
	void aWrongPasswordOrAMissingFileStopsTheStartWithAMessageThatSaysWhich() throws Exception {
		TestCertificates.Issued ca = TestCertificates.authority("CA thử");
		Path file = TestCertificates.p12(dir.resolve("unit.p12"), TestCertificates.unit("Đơn vị thử", ca,
				NOW.minusSeconds(86_400), NOW.plusSeconds(86_400)), "khac");
		assertThatThrownBy(() -> keys(file, "")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("APP_DOCUMENTS_SIGNING_PASSWORD");
		assertThatThrownBy(() -> keys(dir.resolve("none.p12"), "")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("APP_DOCUMENTS_SIGNING_KEYSTORE");
	}

	@Test
	void aDirectoryGivesEachPostItsOwnFileAndThePostsWithoutOneTheDemoAuthority() throws Exception {
		TestCertificates.Issued ca = TestCertificates.authority("CA thử");
		Path store = Files.createDirectories(dir.resolve("keys"));
		TestCertificates.p12(store.resolve("RAMAI.p12"), TestCertificates.unit("Đảng ủy Đồn Ra Mai (tệp riêng)", ca,
				NOW.minusSeconds(86_400), NOW.plusSeconds(86_400)), "mat-khau-2026");
		SigningKeys keys = keys(store, "");
		assertThat(keys.forPost(fixtures.postId()).commonName()).isEqualTo("Đảng ủy Đồn Ra Mai (tệp riêng)");
		long other = jdbc.queryForObject("""
				insert into border_post (code, name, provincial_command, province_id)
				select 'SIGNOTHER', 'Đồn Biên phòng Thử Ký số', provincial_command, province_id from border_post
				where code = 'RAMAI'
				on conflict (code) do update set name = excluded.name returning id""", Long.class);
		territoryCache.invalidate();
		try {
			assertThat(keys.forPost(other).demo()).isTrue();
			assertThat(keys.demoInUse()).isTrue();
		}
		finally {
			// the post and its demo certificate are this test's only: other tests count the province's posts
			jdbc.update("delete from demo_signing_key where post_id = ?", other);
			jdbc.update("delete from border_post where id = ?", other);
			territoryCache.invalidate();
		}
	}

	@Test
	void documentsSignedWithTheOldCertificateStillVerifyAfterItIsRenewed() throws Exception {
		TestCertificates.Issued ca = TestCertificates.authority("CA thử");
		TestCertificates.Issued old = TestCertificates.unit("Đảng ủy Đồn thử", ca, NOW.minusSeconds(10 * 86_400),
				NOW.plusSeconds(86_400));
		byte[] signedBefore = sign(keys(TestCertificates.p12(dir.resolve("old.p12"), old, "mat-khau-2026"), "")
			.forPost(fixtures.postId()));
		// renewed by the same authority: its certificate is the renewed store's top, so the old documents verify
		TestCertificates.Issued renewed = TestCertificates.unit("Đảng ủy Đồn thử", ca, NOW, NOW.plusSeconds(730L * 86_400));
		SigningKeys afterRenewal = keys(TestCertificates.p12(dir.resolve("new.p12"), renewed, "mat-khau-2026"), "");
		assertThat(new SignatureCheck(afterRenewal).check(signedBefore).status()).isEqualTo(Status.VALID);
		// a certificate from another authority: the old documents lead to an authority no longer trusted...
		TestCertificates.Issued otherCa = TestCertificates.authority("CA khác");
		Path other = TestCertificates.p12(dir.resolve("other.p12"), TestCertificates.unit("Đảng ủy Đồn thử", otherCa,
				NOW, NOW.plusSeconds(730L * 86_400)), "mat-khau-2026");
		assertThat(new SignatureCheck(keys(other, "")).check(signedBefore))
			.extracting(Verdict::status, Verdict::problem)
			.containsExactly(Status.INVALID, "document.signature.problem.certificate");
		// ...until the old authority is named in app.documents.signing.trusted
		Path pem = TestCertificates.pem(dir.resolve("old-ca.pem"), ca.certificate());
		assertThat(new SignatureCheck(keys(other, pem.toString())).check(signedBefore).status()).isEqualTo(Status.VALID);
	}

	@Test
	void anExpiredCertificateRefusesToSign() throws Exception {
		TestCertificates.Issued ca = TestCertificates.authority("CA thử");
		TestCertificates.Issued expired = TestCertificates.unit("Đảng ủy Đồn hết hạn", ca, NOW.minusSeconds(30 * 86_400),
				NOW.minusSeconds(86_400));
		DocumentSigning signing = new DocumentSigning(
				keys(TestCertificates.p12(dir.resolve("expired.p12"), expired, "mat-khau-2026"), ""), documents);
		assertThatThrownBy(() -> signing.sign(fixtures.postId(), "1-KL/ĐU", document()))
			.isInstanceOf(BusinessRuleException.class)
			.extracting(ex -> ((BusinessRuleException) ex).getMessageKey())
			.isEqualTo("document.signing.expired");
	}

}
