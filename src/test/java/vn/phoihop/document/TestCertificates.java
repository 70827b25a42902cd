package vn.phoihop.document;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates as a unit would receive them from its certification authority, for the tests of a configured key
 * store: an authority, a unit's key and certificate from it, the PKCS#12 file that holds them, a PEM file.
 */
final class TestCertificates {

	/** A key and its certificate chain (the unit's first, its authority's after). */
	record Issued(KeyPair keys, List<X509Certificate> chain) {

		X509Certificate certificate() {
			return chain.get(0);
		}

	}

	private TestCertificates() {
	}

	static Issued authority(String name) throws Exception {
		KeyPair keys = keys();
		X509Certificate c = certificate(name(name), keys, name(name), keys, true, Instant.now().minusSeconds(86_400),
				Instant.now().plusSeconds(3_650L * 86_400));
		return new Issued(keys, List.of(c));
	}

	static Issued unit(String name, Issued authority, Instant from, Instant to) throws Exception {
		KeyPair keys = keys();
		X509Certificate c = certificate(name(name), keys,
				X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded()), authority.keys(), false,
				from, to);
		return new Issued(keys, List.of(c, authority.certificate()));
	}

	static Path p12(Path file, Issued unit, String password) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("unit", unit.keys().getPrivate(), password.toCharArray(),
				unit.chain().toArray(Certificate[]::new));
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, password.toCharArray());
		}
		return file;
	}

	static Path pem(Path file, X509Certificate certificate) throws Exception {
		Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
				+ "\n-----END CERTIFICATE-----\n");
		return file;
	}

	private static X500Name name(String cn) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.CN, cn).build();
	}

	private static KeyPair keys() throws Exception {
		KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
		g.initialize(2048);
		return g.generateKeyPair();
	}

	private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer,
			KeyPair issuerKeys, boolean authority, Instant from, Instant to) throws Exception {
		JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
				BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(to), subject, subjectKeys.getPublic());
		b.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
		b.addExtension(Extension.keyUsage, true, new KeyUsage(authority ? KeyUsage.keyCertSign
				: KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		return new JcaX509CertificateConverter()
			.getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
	}

}
