package vn.phoihop.document;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.springframework.stereotype.Component;

/**
 * Verifies the signature of an issued document as the register shows it: the signature covers the whole file (no
 * byte added after it), the CMS signature is valid over the /ByteRange's bytes (their digest and the signer's
 * signature), and the signer's certificate leads to a trusted authority ({@link SigningKeys#anchors}) and was valid
 * at the signing time the document states (/M; PAdES B has no trusted time, and no revocation is checked: docs/
 * documents.md). A file without a signature (issued before signing) is "not signed", not invalid.
 * <p>
 * Verdicts are kept by the SHA-256 of the exact bytes verified ({@link #verdict}): bytes that change are another key,
 * so a verdict is never served for bytes it was not made from; the authorities trusted change only at a restart (the
 * configured files) or once (the demo authority made). At most {@value #KEPT} verdicts, the least used dropped first.
 */
@Component
class SignatureCheck {

	static final int KEPT = 5_000;

	/** What a document's signature is. */
	public enum Status {
		VALID, INVALID, UNSIGNED
	}

	/**
	 * The verdict: the status, who signed (the certificate's common name) and when (as the document states it),
	 * whether with a demo certificate, and for an invalid one why (a message key).
	 */
	public record Verdict(Status status, String signer, OffsetDateTime signedAt, boolean demo, String problem) {

		static Verdict invalid(String problem) {
			return new Verdict(Status.INVALID, null, null, false, problem);
		}

		public boolean isValid() {
			return status == Status.VALID;
		}

		public String labelKey() {
			return "document.signature." + status.name();
		}

	}

	private static final Verdict UNSIGNED = new Verdict(Status.UNSIGNED, null, null, false, null);

	private final SigningKeys keys;

	private final Cache<String, Verdict> verdicts = Caffeine.newBuilder().maximumSize(KEPT).build();

	SignatureCheck(SigningKeys keys) {
		this.keys = keys;
	}

	/** The verdict of the bytes whose SHA-256 is {@code sha256}, read by {@code bytes} when not kept. */
	Verdict verdict(String sha256, Supplier<byte[]> bytes) {
		return verdicts.get(sha256, k -> check(bytes.get()));
	}

	Verdict check(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = doc.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return UNSIGNED;
			}
			Verdict last = null;
			for (PDSignature s : signatures) {
				last = check(pdf, s);
				if (!last.isValid()) {
					return last;
				}
			}
			// the last signature covers everything: nothing was added after it
			int[] range = signatures.get(signatures.size() - 1).getByteRange();
			if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
				return Verdict.invalid("document.signature.problem.changedAfter");
			}
			return last;
		}
		catch (Exception ex) {
			return Verdict.invalid("document.signature.problem.unreadable");
		}
	}

	private Verdict check(byte[] pdf, PDSignature signature) throws Exception {
		int[] range = signature.getByteRange();
		if (range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
				|| (long) range[2] + range[3] > pdf.length) {
			return Verdict.invalid("document.signature.problem.range");
		}
		CMSSignedData cms = cms(signature, pdf);
		Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
		if (signers.size() != 1) {
			return Verdict.invalid("document.signature.problem.signature");
		}
		SignerInformation signer = signers.iterator().next();
		@SuppressWarnings("unchecked")
		Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
		if (matches.isEmpty()) {
			return Verdict.invalid("document.signature.problem.certificate");
		}
		JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
		X509Certificate certificate = converter.getCertificate(matches.iterator().next());
		boolean valid;
		try {
			valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
		}
		catch (Exception ex) {
			// the digest of the signed bytes is not the one signed (org.bouncycastle.cms.CMSSignerDigestMismatchException)
			valid = false;
		}
		if (!valid) {
			return Verdict.invalid("document.signature.problem.signature");
		}
		Calendar signed = signature.getSignDate();
		List<X509Certificate> carried = new ArrayList<>();
		for (Object holder : cms.getCertificates().getMatches(null)) {
			carried.add(converter.getCertificate((X509CertificateHolder) holder));
		}
		X509Certificate anchor = anchor(certificate, carried, signed);
		if (anchor == null) {
			return Verdict.invalid("document.signature.problem.certificate");
		}
		boolean demo = keys.isDemoAuthority(anchor);
		return new Verdict(Status.VALID, SigningKey.commonName(certificate),
				signed == null ? null : signed.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime(), demo, null);
	}

	/**
	 * The signature's CMS over the bytes it signs. /Contents keeps the room reserved at signing, zeros after the CMS:
	 * only its first object is read (Bouncy Castle refuses data after it).
	 */
	static CMSSignedData cms(PDSignature signature, byte[] pdf) throws IOException, CMSException {
		try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
			return new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					ContentInfo.getInstance(in.readObject()));
		}
	}

	/** The trusted authority the certificate leads to at the signing time (through the certificates carried), or null. */
	private X509Certificate anchor(X509Certificate certificate, List<X509Certificate> carried, Calendar at) {
		Set<TrustAnchor> anchors = new HashSet<>();
		for (X509Certificate a : keys.anchors()) {
			anchors.add(new TrustAnchor(a, null));
			if (a.equals(certificate)) {
				return a; // a self-signed signer's certificate trusted as such
			}
		}
		if (anchors.isEmpty()) {
			return null;
		}
		try {
			X509CertSelector target = new X509CertSelector();
			target.setCertificate(certificate);
			PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
			parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
			parameters.setRevocationEnabled(false);
			if (at != null) {
				parameters.setDate(at.getTime());
			}
			PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX")
				.build(parameters);
			return result.getTrustAnchor().getTrustedCert();
		}
		catch (GeneralSecurityException ex) {
			return null;
		}
	}

}
