package vn.phoihop.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * Signs a document as it is issued, with the key of its post ({@link SigningKeys}), PAdES ({@link PdfSigner}), and the
 * stamp in Vietnamese: "Ký số bởi:", the certificate's common name, "Thời gian ký: 06/12/2026 09:15 (giờ Việt Nam)".
 * A certificate that has expired (or is not valid yet) refuses to sign: the decision that issues the document is
 * refused with a message saying so, rather than a document whose signature would not verify.
 */
@Component
class DocumentSigning {

	private static final Logger log = LoggerFactory.getLogger(DocumentSigning.class);

	/** The stamp and the signature's time are Vietnam's, whatever the server's clock. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final SigningKeys keys;

	private final PartyDocuments documents;

	DocumentSigning(SigningKeys keys, PartyDocuments documents) {
		this.keys = keys;
		this.documents = documents;
	}

	/**
	 * Signs a blank page once when the application starts, and throws it away: the first signature of a JVM loads
	 * Bouncy Castle's and PDFBox's signing classes and reads the fonts, seconds on a busy machine, which the first
	 * document issued would otherwise spend holding its counter's row lock (DocumentRegister).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		try (PDDocument blank = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			blank.addPage(new PDPage());
			blank.save(out);
			SigningKey key = keys.anyKey();
			PdfSigner.sign(out.toByteArray(), key, new PdfSigner.Details("-", null, ZonedDateTime.now(VIETNAM),
					new SignatureStamp.Text("-", key.commonName(), "-", null)));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Signing a blank page at start failed: {}", ex.toString());
		}
	}

	/** The document signed by its post's key: the bytes given, and the signature appended. */
	byte[] sign(long postId, String number, byte[] pdf) {
		SigningKey key = keys.forPost(postId);
		ZonedDateTime now = ZonedDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
		if (now.toInstant().isAfter(key.certificate().getNotAfter().toInstant())) {
			throw new BusinessRuleException(null, "document.signing.expired", key.commonName(),
					key.certificate().getNotAfter().toInstant().atZone(VIETNAM).format(DAY));
		}
		if (now.toInstant().isBefore(key.certificate().getNotBefore().toInstant())) {
			throw new BusinessRuleException(null, "document.signing.notYetValid", key.commonName(),
					key.certificate().getNotBefore().toInstant().atZone(VIETNAM).format(DAY));
		}
		SignatureStamp.Text stamp = new SignatureStamp.Text(documents.message("document.stamp.signedBy"),
				key.commonName(), documents.message("document.stamp.time", now.format(TIME)),
				key.demo() ? documents.message("document.stamp.demo") : null);
		return PdfSigner.sign(pdf, key, new PdfSigner.Details(documents.message("document.signature.reason", number),
				null, now, stamp));
	}

}
