package vn.phoihop.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B (ETSI EN 319 142-1): an incremental update that adds a signature field with its
 * visible stamp ({@link SignatureStamp}) on the last page and a signature dictionary of SubFilter
 * {@code ETSI.CAdES.detached} whose /Contents is a detached CMS SignedData over the file's bytes (all but /Contents,
 * as its /ByteRange says): SHA-256, signed attributes content-type, message-digest and signing-certificate-v2, no
 * signing-time (the time is the dictionary's /M), the certificate chain included. The bytes before the update are
 * the document as rendered, unchanged.
 */
final class PdfSigner {

	/** What the signature dictionary and the stamp say besides the key: reason (the number), place, time. */
	record Details(String reason, String location, ZonedDateTime at, SignatureStamp.Text stamp) {
	}

	private PdfSigner() {
	}

	static byte[] sign(byte[] pdf, SigningKey key, Details details) {
		try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(key.commonName());
			signature.setReason(details.reason());
			if (details.location() != null) {
				signature.setLocation(details.location());
			}
			signature.setSignDate(GregorianCalendar.from(details.at()));
			int last = doc.getNumberOfPages() - 1;
			PDRectangle rect = SignatureStamp.place(doc, last);
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPage(last);
				options.setPreferredSignatureSize(room(key));
				options.setVisualSignature(new ByteArrayInputStream(
						SignatureStamp.appearance(doc.getPage(last), rect, details.stamp())));
				doc.addSignature(signature, content -> cms(content, key), options);
				doc.saveIncremental(out);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot sign the document", ex);
		}
	}

	/** The bytes kept for the CMS: the certificates it carries, the signature, and room for the rest. */
	private static int room(SigningKey key) {
		int size = 4096;
		for (X509Certificate c : key.chain()) {
			try {
				size += c.getEncoded().length;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return size;
	}

	/** The detached CMS SignedData of PAdES baseline B over the content PDFBox gives (the /ByteRange's bytes). */
	static byte[] cms(InputStream content, SigningKey key) throws IOException {
		try {
			X509Certificate certificate = key.certificate();
			JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().build());
			signerInfo.setSignedAttributeGenerator(attributes(certificate));
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(signerInfo.build(
					new JcaContentSignerBuilder(key.algorithm()).build(key.privateKey()), certificate));
			generator.addCertificates(new JcaCertStore(key.chain()));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
				.getEncoded(ASN1Encoding.DER);
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("cannot make the CMS signature", ex);
		}
	}

	/**
	 * content-type and message-digest (Bouncy Castle's defaults), signing-certificate-v2 (the SHA-256 of the signer's
	 * certificate with its issuer and serial: PAdES requires it), and no signing-time (PAdES forbids it).
	 */
	private static CMSAttributeTableGenerator attributes(X509Certificate certificate)
			throws GeneralSecurityException {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
		IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
				X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
		Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { new ESSCertIDv2(hash, issuerSerial) })));
		DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(
				new AttributeTable(signingCertificate));
		return parameters -> {
			AttributeTable table = defaults.getAttributes(parameters);
			return table.remove(CMSAttributes.signingTime);
		};
	}

}
