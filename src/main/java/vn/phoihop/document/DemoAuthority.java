package vn.phoihop.document;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.territory.BorderPost;

/**
 * The demo certification authority of this installation and the demo certificates it gives the posts, for an
 * instance without the unit's own key store (docs/documents.md, "The signature"). The authority is made on the first
 * start, a post's certificate when the post first issues a document; both are kept in {@code demo_signing_key} (V071)
 * so that every instance sharing the database signs with them and verifies what was signed before. Every subject
 * says "DEMO — KHÔNG CÓ GIÁ TRỊ PHÁP LÝ": a viewer shows it as the signer, and so does the stamp.
 * <p>
 * Each key is written in a transaction of its own (committed before it is used), so a document refused after its
 * post's certificate was made does not take the certificate away, and what is kept in memory is what the table holds.
 */
@Component
class DemoAuthority {

	/** The authority's certificate lasts this long; a post's certificate, {@link #UNIT_LIFE}. */
	static final Duration AUTHORITY_LIFE = Duration.ofDays(20 * 366);

	static final Duration UNIT_LIFE = Duration.ofDays(10 * 366);

	private record Stored(X509Certificate certificate, PrivateKey key) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	private final PartyDocuments documents;

	private final SecureRandom random = new SecureRandom();

	/** The keys read or made, by post id (0: the authority); only committed rows, which never change. */
	private final Map<Long, Stored> kept = new ConcurrentHashMap<>();

	DemoAuthority(JdbcTemplate jdbc, PlatformTransactionManager transactions, PartyDocuments documents) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.documents = documents;
	}

	/** The authority's certificate, made and kept on the first call. */
	X509Certificate authority() {
		return authorityStored().certificate();
	}

	/** The authority's certificate if it was ever made (documents signed with it are verified against it). */
	Optional<X509Certificate> existingAuthority() {
		Stored s = kept.get(0L);
		if (s == null) {
			s = read(0L);
			if (s != null) {
				kept.put(0L, s);
			}
		}
		return Optional.ofNullable(s).map(Stored::certificate);
	}

	/** The authority's own key and certificate (to sign a throwaway document when the application starts). */
	SigningKey authorityKey() {
		Stored ca = authorityStored();
		return new SigningKey(ca.key(), List.of(ca.certificate()), true);
	}

	/** The post's demo key and certificate (issued by the authority), made on the first call. */
	SigningKey keyFor(BorderPost post) {
		Stored unit = stored(post.getId(), () -> {
			Stored ca = authorityStored();
			KeyPair pair = keyPair();
			X500Name subject = name(documents.message("document.demo.unit", post.getName()));
			return new Stored(certificate(subject, pair.getPublic(), ca.certificate(), ca.key(), false, UNIT_LIFE),
					pair.getPrivate());
		});
		return new SigningKey(unit.key(), List.of(unit.certificate(), authority()), true);
	}

	private Stored authorityStored() {
		return stored(0L, () -> {
			KeyPair pair = keyPair();
			X500Name subject = name(documents.message("document.demo.authority"));
			return new Stored(certificate(subject, pair.getPublic(), null, pair.getPrivate(), true, AUTHORITY_LIFE),
					pair.getPrivate());
		});
	}

	/** The key of the owner (a post's id, or 0 for the authority): kept, read, or made and committed. */
	private Stored stored(long owner, Supplier<Stored> make) {
		Stored s = kept.get(owner);
		if (s != null) {
			return s;
		}
		// rare (once per post and installation): one at a time in this instance, the table settles races between instances
		synchronized (this) {
			s = kept.get(owner);
			if (s == null) {
				s = read(owner);
			}
			if (s == null) {
				Stored made = make.get();
				// two instances making the same key at once: the first insert wins, both use its key
				own.executeWithoutResult(tx -> jdbc.update("""
						insert into demo_signing_key (post_id, subject, certificate, private_key) values (?, ?, ?, ?)
						on conflict ((coalesce(post_id, 0))) do nothing""", owner == 0 ? null : owner,
						made.certificate().getSubjectX500Principal().getName(), encoded(made.certificate()),
						made.key().getEncoded()));
				s = own.execute(tx -> read(owner));
			}
			kept.put(owner, s);
			return s;
		}
	}

	private Stored read(long owner) {
		return jdbc.query("select certificate, private_key from demo_signing_key where coalesce(post_id, 0) = ?",
				rs -> rs.next() ? new Stored(parse(rs.getBytes(1)), privateKey(rs.getBytes(2))) : null, owner);
	}

	/**
	 * "C=VN, O=Phối hợp (DEMO — KHÔNG CÓ GIÁ TRỊ PHÁP LÝ), OU=DEMO — KHÔNG CÓ GIÁ TRỊ PHÁP LÝ, CN=…", in UTF-8; the
	 * common name cut to the 64 characters RFC 5280 allows (it ends with "(DEMO)" for the posts).
	 */
	private X500Name name(String commonName) {
		String cn = commonName.length() <= 64 ? commonName : commonName.substring(0, 64);
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
			.addRDN(BCStyle.O, documents.message("document.demo.organisation"))
			.addRDN(BCStyle.OU, documents.message("document.demo.mark"))
			.addRDN(BCStyle.CN, cn)
			.build();
	}

	private KeyPair keyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048, random);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A certificate of the subject's key, signed by the issuer (none: self-signed, the authority). */
	private X509Certificate certificate(X500Name subject, PublicKey key, X509Certificate issuer, PrivateKey issuerKey,
			boolean authority, Duration life) {
		try {
			Instant from = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
			X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
					new BigInteger(127, random).add(BigInteger.ONE), Date.from(from), Date.from(from.plus(life)), subject,
					key);
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority ? KeyUsage.keyCertSign | KeyUsage.cRLSign
					: KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key));
			if (issuer != null) {
				builder.addExtension(Extension.authorityKeyIdentifier, false,
						extensions.createAuthorityKeyIdentifier(issuer));
			}
			return new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
		}
		catch (GeneralSecurityException | OperatorCreationException | java.io.IOException ex) {
			throw new IllegalStateException("cannot make a demo certificate", ex);
		}
	}

	static X509Certificate parse(byte[] der) {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static PrivateKey privateKey(byte[] pkcs8) {
		try {
			return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
