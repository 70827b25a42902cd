package vn.phoihop.document;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A key that signs the issued documents of a unit, with its certificate first and the certificates that lead to its
 * authority after it (as a PKCS#12 file holds them). {@code demo}: a certificate of this installation's demo
 * authority ({@link DemoAuthority}), which has no legal value.
 */
record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, boolean demo) {

	SigningKey {
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("a signing key without its certificate");
		}
		chain = List.copyOf(chain);
	}

	X509Certificate certificate() {
		return chain.get(0);
	}

	/** The signer as viewers name it: the certificate's common name (else its whole subject). */
	String commonName() {
		return commonName(certificate());
	}

	/** The signature algorithm for this key's type, with SHA-256. */
	String algorithm() {
		return "EC".equals(privateKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256with" + privateKey.getAlgorithm();
	}

	static String commonName(X509Certificate certificate) {
		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		RDN[] cn = subject.getRDNs(BCStyle.CN);
		if (cn.length == 0) {
			return subject.toString();
		}
		ASN1Encodable value = cn[0].getFirst().getValue();
		return value instanceof ASN1String text ? text.getString() : value.toString();
	}

}
